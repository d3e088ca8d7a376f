package dev.golive.staging.cutover;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.staging.freshness.RefreshDeadlineTriggers;
import dev.golive.staging.readiness.Reevaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the {@link CutoverProjection} of each cutover and the refresh deadline trigger in step
 * with the cutover events: versions and expected downtime from CutoverPlanned/Updated; the
 * window (revision, refresh deadline, downtime start) from GoLiveWindowScheduled/Rescheduled,
 * ignoring a window whose revision is not above the one stored; CutoverCancelled removes the
 * trigger. Every change that can move the staging verdict re-evaluates it.
 */
@ApplicationScoped
public class CutoverProjector {

    private static final Logger LOG = Logger.getLogger(CutoverProjector.class);

    @Inject
    Clock clock;

    @Inject
    RefreshDeadlineTriggers triggers;

    @Inject
    Reevaluation reevaluation;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(GoliveEvent event) {
        UUID cutoverId = cutoverId(event);
        if (event instanceof CutoverPlanned p) {
            details(cutoverId, p.zone(), p.sourceVersion(), p.targetVersion(), p.policy());
        } else if (event instanceof CutoverUpdated u) {
            details(cutoverId, u.zone(), u.sourceVersion(), u.targetVersion(), u.policy());
        } else if (event instanceof GoLiveWindowScheduled s) {
            window(cutoverId, s.windowRevision(), s.zone(), s.milestones());
        } else if (event instanceof GoLiveWindowRescheduled r) {
            window(cutoverId, r.windowRevision(), r.zone(), r.milestones());
        } else if (event instanceof CutoverCancelled c) {
            cancelled(cutoverId, c.cancelledAt());
        } else if (event instanceof MilestoneReached) {
            // Past the refresh deadline freshness is judged at "now": let the verdict follow the clock.
            CutoverProjection row = CutoverProjection.findById(cutoverId);
            if (row != null && !row.cancelled()) {
                reevaluation.afterChange(cutoverId);
            }
        } else {
            LOG.debugf("%s is of no interest to staging-refresh", event.getClass().getSimpleName());
        }
    }

    private void details(UUID cutoverId, String zone, int source, int target, GoLivePolicy policy) {
        CutoverProjection row = findOrCreate(cutoverId);
        row.zone = zone;
        row.sourceVersion = source;
        row.targetVersion = target;
        if (policy != null && policy.expectedDowntime() != null) {
            row.expectedDowntimeSeconds = policy.expectedDowntime().getSeconds();
        }
        row.updatedAt = clock.instant();
        if (!row.cancelled()) {
            reevaluation.afterChange(cutoverId);
        }
    }

    private void window(UUID cutoverId, int revision, String zone, List<MilestoneTime> milestones) {
        CutoverProjection row = findOrCreate(cutoverId);
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
        row.refreshDeadline = instantOf(milestones, Milestone.STAGING_REFRESH_DEADLINE);
        row.downtimeStart = instantOf(milestones, Milestone.DOWNTIME_START);
        row.updatedAt = clock.instant();
        if (row.refreshDeadline != null) {
            triggers.schedule(cutoverId, revision, row.refreshDeadline);
        } else {
            triggers.remove(cutoverId);
        }
        reevaluation.afterChange(cutoverId);
    }

    private void cancelled(UUID cutoverId, Instant at) {
        CutoverProjection row = findOrCreate(cutoverId);
        row.cancelledAt = at != null ? at : clock.instant();
        row.updatedAt = clock.instant();
        triggers.remove(cutoverId);
    }

    private CutoverProjection findOrCreate(UUID cutoverId) {
        CutoverProjection row = CutoverProjection.lock(cutoverId);
        if (row == null) {
            row = new CutoverProjection();
            row.cutoverId = cutoverId;
            row.updatedAt = clock.instant();
            row.persist();
        }
        return row;
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
