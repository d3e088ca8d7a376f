package dev.golive.rollback.cutover;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.rollback.assessment.Reassessment;
import dev.golive.rollback.pnr.PointOfNoReturnSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the {@link CutoverProjection} of each cutover and its point-of-no-return triggers in step
 * with the cutover events: the window (revision, point of no return, expected system back, business
 * resume) from GoLiveWindowScheduled/Rescheduled, ignoring a window whose revision is not above the
 * one stored; the actual system back from MilestoneReached of SYSTEM_BACK_EXPECTED; CutoverCancelled
 * removes the triggers. A moved window and the system coming back lead to a new assessment.
 */
@ApplicationScoped
public class CutoverProjector {

    private static final Logger LOG = Logger.getLogger(CutoverProjector.class);

    @Inject
    Clock clock;

    @Inject
    PointOfNoReturnSchedule triggers;

    @Inject
    Reassessment reassessment;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(GoliveEvent event) {
        UUID cutoverId = cutoverId(event);
        if (event instanceof GoLiveWindowScheduled s) {
            window(cutoverId, s.windowRevision(), s.zone(), s.milestones());
        } else if (event instanceof GoLiveWindowRescheduled r) {
            window(cutoverId, r.windowRevision(), r.zone(), r.milestones());
        } else if (event instanceof MilestoneReached m) {
            if (m.milestone() == Milestone.SYSTEM_BACK_EXPECTED) {
                systemBack(cutoverId, m);
            }
        } else if (event instanceof CutoverCancelled c) {
            cancelled(cutoverId, c.cancelledAt());
        } else {
            LOG.debugf("%s is of no interest to rollback-decision", event.getClass().getSimpleName());
        }
    }

    private void window(UUID cutoverId, int revision, String zone, List<MilestoneTime> milestones) {
        Instant now = clock.instant();
        CutoverProjection row = CutoverProjection.lock(cutoverId, now);
        if (row.cancelled()) {
            LOG.infof("ignoring window revision %d of cancelled cutover %s", revision, cutoverId);
            return;
        }
        if (revision <= row.windowRevision) {
            LOG.infof("ignoring window revision %d of %s: revision %d is already known", revision, cutoverId,
                    row.windowRevision);
            return;
        }
        row.windowRevision = revision;
        if (zone != null) {
            row.zone = zone;
        }
        row.pointOfNoReturn = instantOf(milestones, Milestone.POINT_OF_NO_RETURN);
        row.systemBackExpected = instantOf(milestones, Milestone.SYSTEM_BACK_EXPECTED);
        row.businessResume = instantOf(milestones, Milestone.BUSINESS_RESUME);
        row.updatedAt = now;
        if (row.pointOfNoReturn != null) {
            triggers.replace(cutoverId, revision, row.pointOfNoReturn);
        } else {
            LOG.warnf("window revision %d of %s has no point of no return", revision, cutoverId);
            triggers.removeAll(cutoverId);
        }
        reassessment.afterChange(cutoverId, "window revision " + revision);
    }

    private void systemBack(UUID cutoverId, MilestoneReached reached) {
        Instant now = clock.instant();
        CutoverProjection row = CutoverProjection.lock(cutoverId, now);
        if (row.cancelled() || reached.windowRevision() < row.windowRevision) {
            LOG.infof("ignoring system back of window revision %d of %s (revision %d known, cancelled %s)",
                    reached.windowRevision(), cutoverId, row.windowRevision, row.cancelled());
            return;
        }
        row.systemBackAt = reached.reachedAt() != null ? reached.reachedAt() : now;
        row.updatedAt = now;
        reassessment.afterChange(cutoverId, "system back at " + row.systemBackAt);
    }

    private void cancelled(UUID cutoverId, Instant at) {
        Instant now = clock.instant();
        CutoverProjection row = CutoverProjection.lock(cutoverId, now);
        row.cancelledAt = at != null ? at : now;
        row.updatedAt = now;
        triggers.removeAll(cutoverId);
    }

    private static Instant instantOf(List<MilestoneTime> milestones, Milestone milestone) {
        if (milestones == null) {
            return null;
        }
        return milestones.stream().filter(m -> m != null && m.milestone() == milestone && m.instant() != null)
                .map(MilestoneTime::instant).findFirst().orElse(null);
    }

    static UUID cutoverId(GoliveEvent event) {
        try {
            return UUID.fromString(event.cutoverId());
        } catch (IllegalArgumentException e) {
            throw new EventCodec.UnreadableEventException("cutoverId '" + event.cutoverId() + "' is not a UUID", e);
        }
    }
}
