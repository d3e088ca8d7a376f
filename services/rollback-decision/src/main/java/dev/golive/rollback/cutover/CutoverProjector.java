package dev.golive.rollback.cutover;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.messaging.cutover.CutoverReactions;
import dev.golive.messaging.cutover.WindowChange;
import dev.golive.rollback.assessment.Reassessment;
import dev.golive.rollback.pnr.PointOfNoReturnSchedule;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * What a cutover's events mean to rollback-decision: a window brings the point of no return, the
 * expected system back and business resume, and (re)plans the point-of-no-return triggers; the
 * system observed back (WeekendFactObserved of SYSTEM_BACK: the runbook saw the upgrade finish) is
 * recorded — the planned milestone (MilestoneReached of SYSTEM_BACK_EXPECTED) says nothing of whether
 * it is back, so it records nothing; a cancellation removes the triggers. A moved window and the
 * system observed back lead to a new assessment. The projection
 * rules themselves (revisions, cancellation, zones) are golive-messaging's {@link CutoverProjections}.
 */
@ApplicationScoped
public class CutoverProjector implements CutoverReactions<CutoverProjection> {

    /** The channel of {@code golive.cutover.v1}, and the consumer name its inbox records events under. */
    public static final String CHANNEL = "cutover-events";
    public static final String CONSUMER = "rollback-decision.cutover";

    private static final Logger LOG = Logger.getLogger(CutoverProjector.class);

    /**
     * The events that define a cutover and WeekendFactObserved, whose SYSTEM_BACK decides what a
     * rollback would lose ({@link #otherEvent}); gates, milestones and statuses are skipped before the inbox.
     */
    static final EventTypes WANTED = CutoverProjections.DEFINING.and(EventCatalog.WEEKEND_FACT_OBSERVED);

    private final Clock clock;
    private final CutoverProjections projection;
    private final PointOfNoReturnSchedule triggers;
    private final Reassessment reassessment;

    public CutoverProjector(Clock clock, CutoverProjections projection, PointOfNoReturnSchedule triggers,
                            Reassessment reassessment) {
        this.clock = clock;
        this.projection = projection;
        this.triggers = triggers;
        this.reassessment = reassessment;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return projection.consumeBatch(CONSUMER, batch, WANTED, CutoverProjection.class, this);
    }

    @Override
    public void windowChanged(CutoverProjection row, WindowChange window) {
        row.pointOfNoReturn = window.at(Milestone.POINT_OF_NO_RETURN);
        row.systemBackExpected = window.at(Milestone.SYSTEM_BACK_EXPECTED);
        row.businessResume = window.at(Milestone.BUSINESS_RESUME);
        if (row.pointOfNoReturn != null) {
            triggers.replace(row.cutoverId, window.revision(), row.pointOfNoReturn);
        } else {
            LOG.warnf("window revision %d of %s has no point of no return", window.revision(), row.cutoverId);
            triggers.removeAll(row.cutoverId);
        }
        reassessment.afterChange(row.cutoverId, "window revision " + window.revision());
    }

    @Override
    public void cancelled(CutoverProjection row) {
        triggers.removeAll(row.cutoverId);
    }

    @Override
    public void otherEvent(UUID cutoverId, GoliveEvent event) {
        if (event instanceof WeekendFactObserved observed && observed.fact() == WeekendFact.SYSTEM_BACK) {
            systemBack(projection.lock(cutoverId, CutoverProjection.class), observed);
        }
    }

    /** The system is back: when it was observed back decides what a rollback would still lose. */
    private void systemBack(CutoverProjection row, WeekendFactObserved observed) {
        if (row.cancelled() || observed.windowRevision() < row.windowRevision) {
            LOG.infof("ignoring system back of window revision %d of %s (revision %d known, cancelled %s)",
                    observed.windowRevision(), row.cutoverId, row.windowRevision, row.cancelled());
            return;
        }
        Instant now = clock.instant();
        row.systemBackAt = observed.observedAt() != null ? observed.observedAt() : now;
        row.updatedAt = now;
        reassessment.afterChange(row.cutoverId, "system back at " + row.systemBackAt);
    }
}
