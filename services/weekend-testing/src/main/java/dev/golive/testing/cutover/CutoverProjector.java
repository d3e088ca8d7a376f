package dev.golive.testing.cutover;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.testing.plan.WindowPlanning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the {@link CutoverProjection} of each cutover in step with the cutover events: the
 * testing window (TECHNICAL_REVIEW_END to WEEKEND_TESTING_END) and the roster window
 * (DOWNTIME_START to BUSINESS_RESUME) from GoLiveWindowScheduled/Rescheduled, ignoring a window
 * whose revision is not above the one stored; CutoverCancelled stops planning. A known or
 * moved testing window (re)plans the weekend ({@link WindowPlanning}).
 */
@ApplicationScoped
public class CutoverProjector {

    private static final Logger LOG = Logger.getLogger(CutoverProjector.class);

    @Inject
    Clock clock;

    @Inject
    WindowPlanning planning;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(GoliveEvent event) {
        UUID cutoverId = cutoverId(event);
        if (event instanceof GoLiveWindowScheduled s) {
            window(cutoverId, s.windowRevision(), s.zone(), s.milestones(), false);
        } else if (event instanceof GoLiveWindowRescheduled r) {
            window(cutoverId, r.windowRevision(), r.zone(), r.milestones(), true);
        } else if (event instanceof CutoverCancelled c) {
            cancelled(cutoverId, c.cancelledAt());
        } else {
            LOG.debugf("%s is of no interest to weekend-testing", event.getClass().getSimpleName());
        }
    }

    private void window(UUID cutoverId, int revision, String zone, List<MilestoneTime> milestones, boolean moved) {
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
        row.downtimeStart = instantOf(milestones, Milestone.DOWNTIME_START);
        row.testingStart = instantOf(milestones, Milestone.TECHNICAL_REVIEW_END);
        row.testingEnd = instantOf(milestones, Milestone.WEEKEND_TESTING_END);
        row.businessResume = instantOf(milestones, Milestone.BUSINESS_RESUME);
        row.updatedAt = now;
        if (!row.hasTestingWindow()) {
            LOG.warnf("window revision %d of %s has no testing window (TECHNICAL_REVIEW_END..WEEKEND_TESTING_END)",
                    revision, cutoverId);
            return;
        }
        planning.windowChanged(row, (moved ? "window moved to revision " : "window scheduled, revision ") + revision);
    }

    private void cancelled(UUID cutoverId, Instant at) {
        Instant now = clock.instant();
        CutoverProjection row = CutoverProjection.lock(cutoverId, now);
        row.cancelledAt = at != null ? at : now;
        row.updatedAt = now;
    }

    private static Instant instantOf(List<MilestoneTime> milestones, Milestone milestone) {
        if (milestones == null) {
            return null;
        }
        return milestones.stream().filter(m -> m != null && m.milestone() == milestone && m.instant() != null)
                .map(MilestoneTime::instant).findFirst().orElse(null);
    }

    private static UUID cutoverId(GoliveEvent event) {
        try {
            return UUID.fromString(event.cutoverId());
        } catch (IllegalArgumentException e) {
            throw new EventCodec.UnreadableEventException("cutoverId '" + event.cutoverId() + "' is not a UUID", e);
        }
    }
}
