package dev.golive.staging.cutover;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.cutover.CutoverReactions;
import dev.golive.messaging.cutover.WindowChange;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.staging.freshness.RefreshDeadlineJob;
import dev.golive.staging.readiness.Reevaluation;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * What a cutover's events mean to staging-refresh: versions and expected downtime from
 * CutoverPlanned/Updated; the refresh deadline and downtime start of the window, with the refresh
 * deadline trigger moved along; no trigger once cancelled. Every change that can move the staging
 * verdict re-evaluates it. The projection rules themselves (revisions, cancellation, zones) are
 * golive-messaging's {@link CutoverProjections}.
 *
 * <p>Read a poll at a time ({@code batch=true}): the wanted events of one poll are applied in one transaction.
 * The topic's other events (gates, go/no-go, status changes, weekend facts…) mean nothing here and are many
 * during a weekend: they are skipped by their CloudEvents type before the inbox, so they leave no inbox row.
 */
@ApplicationScoped
public class CutoverProjector implements CutoverReactions<CutoverProjection> {

    /** The channel of {@code golive.cutover.v1}, and the consumer name its inbox records events under. */
    public static final String CHANNEL = "cutover-events";
    public static final String CONSUMER = "staging-refresh";

    /**
     * The events that define a cutover, which the shared projection applies (the cutover known, its versions,
     * members, window and cancellation), and MilestoneReached, which re-judges freshness at "now"
     * ({@link #otherEvent}).
     */
    static final EventTypes WANTED = CutoverProjections.DEFINING.and(EventCatalog.MILESTONE_REACHED);

    private final CutoverProjections projection;
    private final CutoverTriggers triggers;
    private final Reevaluation reevaluation;

    public CutoverProjector(CutoverProjections projection, CutoverTriggers triggers, Reevaluation reevaluation) {
        this.projection = projection;
        this.triggers = triggers;
        this.reevaluation = reevaluation;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return projection.consumeBatch(CONSUMER, batch, WANTED, CutoverProjection.class, this);
    }

    @Override
    public void detailsChanged(CutoverProjection row, GoliveEvent event, boolean planned) {
        if (event instanceof CutoverPlanned p) {
            versions(row, p.sourceVersion(), p.targetVersion(), p.policy());
        } else if (event instanceof CutoverUpdated u) {
            versions(row, u.sourceVersion(), u.targetVersion(), u.policy());
        }
        reevaluation.afterChange(row.cutoverId);
    }

    @Override
    public void windowChanged(CutoverProjection row, WindowChange window) {
        row.refreshDeadline = window.at(Milestone.STAGING_REFRESH_DEADLINE);
        row.downtimeStart = window.at(Milestone.DOWNTIME_START);
        if (row.refreshDeadline != null) {
            triggers.schedule(RefreshDeadlineJob.KIND, row.cutoverId, RefreshDeadlineJob.class,
                    RefreshDeadlineJob.trigger(row.cutoverId, window.revision(), row.refreshDeadline));
        } else {
            triggers.remove(RefreshDeadlineJob.KIND, row.cutoverId, RefreshDeadlineJob.NAME);
        }
        reevaluation.afterChange(row.cutoverId);
    }

    @Override
    public void cancelled(CutoverProjection row) {
        triggers.remove(RefreshDeadlineJob.KIND, row.cutoverId, RefreshDeadlineJob.NAME);
    }

    @Override
    public void otherEvent(UUID cutoverId, GoliveEvent event) {
        // Past the refresh deadline freshness is judged at "now": let the verdict follow the clock.
        if (event instanceof MilestoneReached
                && CutoverProjection.of(cutoverId).filter(row -> !row.cancelled()).isPresent()) {
            reevaluation.afterChange(cutoverId);
        }
    }

    private static void versions(CutoverProjection row, int source, int target, GoLivePolicy policy) {
        row.sourceVersion = source;
        row.targetVersion = target;
        if (policy != null && policy.expectedDowntime() != null) {
            row.expectedDowntimeSeconds = policy.expectedDowntime().getSeconds();
        }
    }
}
