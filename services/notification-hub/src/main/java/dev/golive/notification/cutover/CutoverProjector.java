package dev.golive.notification.cutover;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.cutover.CutoverReactions;
import dev.golive.messaging.cutover.WindowChange;
import dev.golive.messaging.inbox.ReceivedEvent;
import dev.golive.notification.domain.CutoverContext;
import dev.golive.notification.domain.RosterShift;
import dev.golive.notification.reminder.ReminderSchedule;
import dev.golive.notification.reminder.UpdateClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * What the events mean to notification-hub's view of a cutover: its name (CutoverPlanned,
 * CutoverUpdated), the window's milestones with their downtime reminders, the status
 * (CutoverStatusChanged; the update clock runs while the go-live does), the cancellation (stops
 * every timer) and the on-call roster (RosterPublished). The projection rules themselves
 * (revisions, cancellation, zones) are golive-messaging's {@link CutoverProjections}.
 */
@ApplicationScoped
public class CutoverProjector implements CutoverReactions<CutoverProjection> {

    private final Clock clock;
    private final CutoverProjections projections;
    private final ReminderSchedule reminders;
    private final UpdateClock updateClock;

    public CutoverProjector(Clock clock, CutoverProjections projections, ReminderSchedule reminders,
                            UpdateClock updateClock) {
        this.clock = clock;
        this.projections = projections;
        this.reminders = reminders;
        this.updateClock = updateClock;
    }

    /**
     * Applies an event of any topic and returns the cutover's row, locked for the rest of the
     * transaction: every notice needs the cutover's name, zone and milestones, whatever the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CutoverProjection apply(GoliveEvent event) {
        return projections.apply(event, CutoverProjection.class, this)
                .orElseGet(() -> projections.lock(ReceivedEvent.cutoverIdOf(event), CutoverProjection.class));
    }

    /**
     * What the hub remembers of an event once its notices are made, because they compare it with what
     * was known before: whether the runbook's projection crosses the point of no return (only a turn is told).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterNotices(GoliveEvent event, CutoverProjection row) {
        if (event instanceof RunbookProjectionChanged projection && !row.cancelled()) {
            row.upgradePastPointOfNoReturn = projection.crossesPointOfNoReturn();
            row.updatedAt = clock.instant();
        }
    }

    /** What the domain sees of the cutover. */
    public static CutoverContext context(CutoverProjection row) {
        return new CutoverContext(row.cutoverId.toString(), row.name != null ? row.name : row.cutoverId.toString(),
                zone(row), Optional.ofNullable(row.status), row.windowRevision, row.milestones(),
                row.upgradePastPointOfNoReturn);
    }

    public static ZoneId zone(CutoverProjection row) {
        return row.zone != null ? ZoneId.of(row.zone) : ZoneOffset.UTC;
    }

    @Override
    public void detailsChanged(CutoverProjection row, GoliveEvent event, boolean planned) {
        if (event instanceof CutoverPlanned p) {
            row.name = p.name();
            if (row.status == null) {
                row.status = CutoverStatus.DRAFT;
            }
        } else if (event instanceof CutoverUpdated u) {
            row.name = u.name();
        }
    }

    @Override
    public void windowChanged(CutoverProjection row, WindowChange window) {
        row.milestones(window.milestones());
        if (row.status == null || row.status == CutoverStatus.DRAFT) {
            row.status = CutoverStatus.SCHEDULED;
        }
        reminders.replace(row);
    }

    @Override
    public void cancelled(CutoverProjection row) {
        row.status = CutoverStatus.CANCELLED;
        reminders.removeAll(row.cutoverId);
        updateClock.stop(row.cutoverId);
    }

    @Override
    public void otherEvent(UUID cutoverId, GoliveEvent event) {
        if (event instanceof CutoverStatusChanged changed) {
            Instant now = clock.instant();
            status(changedAt(cutoverId, now), changed.to(), now);
        } else if (event instanceof RosterPublished roster) {
            changedAt(cutoverId, clock.instant());
            roster(cutoverId, roster);
        }
    }

    /** The cutover's row, locked, marked as changed at {@code now}. */
    private CutoverProjection changedAt(UUID cutoverId, Instant now) {
        CutoverProjection row = projections.lock(cutoverId, CutoverProjection.class);
        row.updatedAt = now;
        return row;
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
}
