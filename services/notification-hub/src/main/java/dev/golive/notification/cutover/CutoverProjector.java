package dev.golive.notification.cutover;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.notification.domain.CutoverContext;
import dev.golive.notification.domain.RosterShift;
import dev.golive.notification.reminder.ReminderSchedule;
import dev.golive.notification.reminder.UpdateClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the {@link CutoverProjection} of each cutover, its roster and its timers in step with the
 * events: name and zone (CutoverPlanned, CutoverUpdated), the window (GoLiveWindowScheduled and
 * Rescheduled, ignoring a revision not above the stored one) with its downtime reminders, the status
 * (CutoverStatusChanged; the update clock runs while the go-live does), the cancellation (removes
 * every timer) and the on-call roster (RosterPublished).
 */
@ApplicationScoped
public class CutoverProjector {

    private static final Logger LOG = Logger.getLogger(CutoverProjector.class);

    @Inject
    Clock clock;

    @Inject
    ReminderSchedule reminders;

    @Inject
    UpdateClock updateClock;

    /** Applies the event to the cutover's row (locked for the rest of the transaction) and returns it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CutoverProjection apply(GoliveEvent event) {
        UUID cutoverId = cutoverId(event);
        Instant now = clock.instant();
        CutoverProjection row = CutoverProjection.lock(cutoverId, now);
        if (event instanceof CutoverPlanned p) {
            row.name = p.name();
            row.zone = zoneOr(p.zone(), row.zone);
            if (row.status == null) {
                row.status = CutoverStatus.DRAFT;
            }
        } else if (event instanceof CutoverUpdated u) {
            row.name = u.name();
            row.zone = zoneOr(u.zone(), row.zone);
        } else if (event instanceof GoLiveWindowScheduled s) {
            window(row, s.windowRevision(), s.zone(), s.milestones());
        } else if (event instanceof GoLiveWindowRescheduled r) {
            window(row, r.windowRevision(), r.zone(), r.milestones());
        } else if (event instanceof CutoverStatusChanged c) {
            status(row, c.to(), now);
        } else if (event instanceof CutoverCancelled c) {
            row.cancelledAt = c.cancelledAt() != null ? c.cancelledAt() : now;
            row.status = CutoverStatus.CANCELLED;
            reminders.removeAll(cutoverId);
            updateClock.stop(cutoverId);
        } else if (event instanceof RosterPublished r) {
            roster(cutoverId, r);
        } else {
            return row;
        }
        row.updatedAt = now;
        return row;
    }

    /** What the domain sees of the cutover. */
    public static CutoverContext context(CutoverProjection row) {
        return new CutoverContext(row.cutoverId.toString(), row.name != null ? row.name : row.cutoverId.toString(),
                zone(row), Optional.ofNullable(row.status), row.windowRevision, row.milestones());
    }

    public static ZoneId zone(CutoverProjection row) {
        return row.zone != null ? ZoneId.of(row.zone) : ZoneOffset.UTC;
    }

    private void window(CutoverProjection row, int revision, String zone, List<MilestoneTime> milestones) {
        if (row.cancelled()) {
            LOG.infof("ignoring window revision %d of cancelled cutover %s", revision, row.cutoverId);
            return;
        }
        if (revision <= row.windowRevision) {
            LOG.infof("ignoring window revision %d of %s: revision %d is already known", revision, row.cutoverId,
                    row.windowRevision);
            return;
        }
        row.windowRevision = revision;
        row.zone = zoneOr(zone, row.zone);
        Map<Milestone, Instant> instants = new EnumMap<>(Milestone.class);
        if (milestones != null) {
            milestones.stream().filter(m -> m != null && m.milestone() != null && m.instant() != null)
                    .forEach(m -> instants.put(m.milestone(), m.instant()));
        }
        row.milestones(instants);
        if (row.status == null || row.status == CutoverStatus.DRAFT) {
            row.status = CutoverStatus.SCHEDULED;
        }
        reminders.replace(row);
    }

    private void status(CutoverProjection row, CutoverStatus to, Instant now) {
        if (to == null || row.cancelled()) {
            return;
        }
        boolean wasLive = row.goLiveRunning();
        row.status = to;
        if (row.goLiveRunning() && !wasLive) {
            // The go-live starts: from now on the business hears from us at least every interval.
            row.lastUpdateAt = now;
            updateClock.restart(row, now);
        } else if (!row.goLiveRunning()) {
            updateClock.stop(row.cutoverId);
        }
    }

    /** The new roster replaces the old one; a shift that cannot say who to page is left out ({@link RosterShift#from}). */
    private static void roster(UUID cutoverId, RosterPublished roster) {
        RosterShiftRow.delete("cutoverId", cutoverId);
        for (RosterShift shift : RosterShift.from(roster)) {
            RosterShiftRow row = new RosterShiftRow();
            row.cutoverId = cutoverId;
            row.shiftId = shift.shiftId();
            row.person = shift.person();
            row.role = shift.role().name();
            row.startsAt = shift.start();
            row.endsAt = shift.end();
            row.persist();
        }
    }

    private static String zoneOr(String zone, String fallback) {
        if (zone == null || zone.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new EventCodec.UnreadableEventException("zone '" + zone + "' is not a time zone", e);
        }
    }

    static UUID cutoverId(GoliveEvent event) {
        try {
            return UUID.fromString(event.cutoverId());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventCodec.UnreadableEventException("cutoverId '" + event.cutoverId() + "' is not a UUID", e);
        }
    }
}
