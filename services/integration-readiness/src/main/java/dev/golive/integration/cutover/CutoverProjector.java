package dev.golive.integration.cutover;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.integration.live.LiveVerification;
import dev.golive.integration.probe.ProbeSchedule;
import dev.golive.integration.readiness.Reevaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the {@link CutoverProjection} of each cutover and the probe triggers in step with the cutover
 * events: the window (revision, downtime start, go-live date, expected system back) from
 * GoLiveWindowScheduled/Rescheduled, ignoring a window whose revision is not above the one stored,
 * which also moves the scheduled probe runs; MilestoneReached of SYSTEM_BACK_EXPECTED starts the live
 * verification; CutoverCancelled removes every trigger. A new go-live date re-evaluates readiness
 * (credentials and certificates are judged against it).
 */
@ApplicationScoped
public class CutoverProjector {

    private static final Logger LOG = Logger.getLogger(CutoverProjector.class);

    @Inject
    Clock clock;

    @Inject
    ProbeSchedule probeSchedule;

    @Inject
    LiveVerification liveVerification;

    @Inject
    Reevaluation reevaluation;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(GoliveEvent event) {
        UUID cutoverId = cutoverId(event);
        if (event instanceof GoLiveWindowScheduled s) {
            window(cutoverId, s.windowRevision(), s.zone(), s.milestones());
        } else if (event instanceof GoLiveWindowRescheduled r) {
            window(cutoverId, r.windowRevision(), r.zone(), r.milestones());
        } else if (event instanceof CutoverCancelled c) {
            cancelled(cutoverId, c.cancelledAt());
        } else if (event instanceof MilestoneReached m && m.milestone() == Milestone.SYSTEM_BACK_EXPECTED) {
            systemBack(cutoverId, m);
        } else {
            LOG.debugf("%s is of no interest to integration-readiness", event.getClass().getSimpleName());
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
        Optional<MilestoneTime> downtime = milestone(milestones, Milestone.DOWNTIME_START);
        row.downtimeStart = downtime.map(MilestoneTime::instant).orElse(null);
        row.goLiveDate = downtime.map(m -> goLiveDate(m, row.zone)).orElse(null);
        row.systemBackExpected = milestone(milestones, Milestone.SYSTEM_BACK_EXPECTED)
                .map(MilestoneTime::instant).orElse(null);
        row.updatedAt = clock.instant();
        if (row.downtimeStart != null) {
            probeSchedule.replace(cutoverId, revision, row.downtimeStart);
        } else {
            probeSchedule.removeAll(cutoverId);
        }
        reevaluation.afterChange(cutoverId);
    }

    /** The go-live date: the downtime start's date on the cutover's wall clock. */
    static LocalDate goLiveDate(MilestoneTime downtime, String zone) {
        if (downtime.local() != null) {
            return downtime.local().toLocalDate();
        }
        String z = downtime.zone() != null ? downtime.zone() : zone;
        try {
            return downtime.instant().atZone(ZoneId.of(z)).toLocalDate();
        } catch (RuntimeException e) {
            throw new EventCodec.UnreadableEventException("downtime start without a local time or a valid zone", e);
        }
    }

    private void systemBack(UUID cutoverId, MilestoneReached reached) {
        CutoverProjection row = findOrCreate(cutoverId);
        if (row.cancelled()) {
            LOG.infof("ignoring system back of cancelled cutover %s", cutoverId);
            return;
        }
        if (reached.windowRevision() < row.windowRevision) {
            LOG.infof("ignoring system back of window revision %d of %s: revision %d is current",
                    reached.windowRevision(), cutoverId, row.windowRevision);
            return;
        }
        Instant at = reached.reachedAt() != null ? reached.reachedAt() : clock.instant();
        row.systemBackAt = at;
        row.updatedAt = clock.instant();
        liveVerification.schedule(cutoverId, reached.windowRevision(), at);
    }

    private void cancelled(UUID cutoverId, Instant at) {
        CutoverProjection row = findOrCreate(cutoverId);
        row.cancelledAt = at != null ? at : clock.instant();
        row.updatedAt = clock.instant();
        probeSchedule.removeAll(cutoverId);
        liveVerification.removeAll(cutoverId);
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

    private static Optional<MilestoneTime> milestone(List<MilestoneTime> milestones, Milestone milestone) {
        if (milestones == null) {
            return Optional.empty();
        }
        return milestones.stream().filter(m -> m != null && m.milestone() == milestone && m.instant() != null)
                .findFirst();
    }

    static UUID cutoverId(GoliveEvent event) {
        try {
            return UUID.fromString(event.cutoverId());
        } catch (IllegalArgumentException e) {
            throw new EventCodec.UnreadableEventException("cutoverId '" + event.cutoverId() + "' is not a UUID", e);
        }
    }
}
