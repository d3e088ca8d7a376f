package dev.golive.integration.cutover;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.integration.live.LiveVerification;
import dev.golive.integration.probe.ProbeSchedule;
import dev.golive.integration.readiness.Reevaluation;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.cutover.CutoverReactions;
import dev.golive.messaging.cutover.WindowChange;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.scheduling.trigger.CutoverTriggers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * What a cutover's events mean to integration-readiness: the window's downtime start, go-live date and
 * expected system back, with the scheduled probe runs moved along and readiness re-judged (credentials
 * and certificates are judged against the go-live date); WeekendFactObserved of SYSTEM_BACK — the runbook
 * saw the production upgrade finish — starts the live verification. The planned milestone
 * (MilestoneReached of SYSTEM_BACK_EXPECTED) starts nothing: an upgrade that overruns or fails must not
 * have its integrations probed on a system that is not back. No trigger once cancelled. The projection rules themselves
 * (revisions, cancellation, zones) are golive-messaging's {@link CutoverProjections}.
 *
 * <p>Read a poll at a time ({@code batch=true}): the wanted events of one poll are applied in one transaction.
 * The topic's other events (milestones reached, gates, go/no-go, status changes…) mean nothing here and are
 * many during a weekend: they are skipped by their CloudEvents type before the inbox, so they leave no inbox row.
 */
@ApplicationScoped
public class CutoverProjector implements CutoverReactions<CutoverProjection> {

    /** The channel of {@code golive.cutover.v1}, and the consumer name its inbox records events under. */
    public static final String CHANNEL = "cutover-events";
    public static final String CONSUMER = "integration-readiness";

    /**
     * The events that define a cutover, which the shared projection applies (the cutover known, its members,
     * window and cancellation), and WeekendFactObserved, whose SYSTEM_BACK starts the live verification
     * ({@link #otherEvent}; its other facts are read and ignored).
     */
    static final EventTypes WANTED = CutoverProjections.DEFINING.and(EventCatalog.WEEKEND_FACT_OBSERVED);

    private static final Logger LOG = Logger.getLogger(CutoverProjector.class);

    private final CutoverProjections projection;
    private final CutoverTriggers triggers;
    private final ProbeSchedule probeSchedule;
    private final LiveVerification liveVerification;
    private final Reevaluation reevaluation;
    private final Clock clock;

    public CutoverProjector(CutoverProjections projection, CutoverTriggers triggers, ProbeSchedule probeSchedule,
                            LiveVerification liveVerification, Reevaluation reevaluation, Clock clock) {
        this.projection = projection;
        this.triggers = triggers;
        this.probeSchedule = probeSchedule;
        this.liveVerification = liveVerification;
        this.reevaluation = reevaluation;
        this.clock = clock;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return projection.consumeBatch(CONSUMER, batch, WANTED, CutoverProjection.class, this);
    }

    @Override
    public void windowChanged(CutoverProjection row, WindowChange window) {
        row.downtimeStart = window.at(Milestone.DOWNTIME_START);
        row.goLiveDate = row.downtimeStart == null ? null : goLiveDate(row.downtimeStart, window.zone());
        row.systemBackExpected = window.at(Milestone.SYSTEM_BACK_EXPECTED);
        probeSchedule.replace(row.cutoverId, window.revision(), row.downtimeStart);
        reevaluation.afterChange(row.cutoverId);
    }

    @Override
    public void cancelled(CutoverProjection row) {
        triggers.removeAll(ProbeSchedule.KIND, row.cutoverId);
        triggers.removeAll(LiveVerification.KIND, row.cutoverId);
    }

    @Override
    public void otherEvent(UUID cutoverId, GoliveEvent event) {
        if (event instanceof WeekendFactObserved observed && observed.fact() == WeekendFact.SYSTEM_BACK) {
            systemBack(cutoverId, observed);
        }
    }

    /** The go-live date: the downtime start's date on the cutover's wall clock. */
    static LocalDate goLiveDate(Instant downtimeStart, String zone) {
        if (zone == null) {
            throw new EventCodec.UnreadableEventException("a downtime start without the cutover's zone");
        }
        return downtimeStart.atZone(ZoneId.of(zone)).toLocalDate();
    }

    private void systemBack(UUID cutoverId, WeekendFactObserved observed) {
        CutoverProjection row = projection.lock(cutoverId, CutoverProjection.class);
        if (row.cancelled()) {
            LOG.infof("ignoring system back of cancelled cutover %s", cutoverId);
            return;
        }
        if (observed.windowRevision() < row.windowRevision) {
            LOG.infof("ignoring system back of window revision %d of %s: revision %d is current",
                    observed.windowRevision(), cutoverId, row.windowRevision);
            return;
        }
        Instant now = clock.instant();
        row.systemBackAt = observed.observedAt() != null ? observed.observedAt() : now;
        row.updatedAt = now;
        liveVerification.schedule(cutoverId, observed.windowRevision(), row.systemBackAt);
    }
}
