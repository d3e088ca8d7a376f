package dev.golive.notification.reminder;

import dev.golive.notification.NotificationConfig;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.cutover.CutoverProjector;
import dev.golive.notification.domain.CutoverContext;
import dev.golive.notification.domain.Notices;
import dev.golive.notification.domain.Reminder;
import dev.golive.notification.domain.UpdateCadence;
import dev.golive.notification.notify.Notifier;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends what a timer stands for, once: a downtime reminder (not for a cancelled cutover, nor for a
 * downtime start that has moved since), and the update-overdue reminder (only while the go-live
 * runs and no update went out since the trigger was set).
 */
@ApplicationScoped
public class ReminderFiring {

    private static final Logger LOG = Logger.getLogger(ReminderFiring.class);

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    ReminderSchedule schedule;

    @Inject
    Notifier notifier;

    @Transactional
    public void reminder(UUID cutoverId, Reminder reminder) {
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lock(cutoverId, now);
        if (cutover.cancelled() || !cutover.downtimeStart().equals(Optional.of(reminder.downtimeStart()))) {
            LOG.infof("ignoring stale reminder %s of %s", reminder.id(), cutoverId);
            return;
        }
        if (!schedule.firstFiring(cutoverId, reminder, now)) {
            LOG.infof("ignoring repeated reminder %s of %s", reminder.id(), cutoverId);
            return;
        }
        // The reminder is due at its trigger's instant: how late it goes out is said in it.
        notifier.notify(Notices.downtimeReminder(reminder, Firing.latenessOf(reminder.at(), now),
                CutoverProjector.context(cutover)), cutover);
    }

    @Transactional
    public void updateOverdue(UUID cutoverId, Instant dueBy) {
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lock(cutoverId, now);
        CutoverContext context = CutoverProjector.context(cutover);
        Instant lastUpdate = cutover.lastUpdateAt != null ? cutover.lastUpdateAt : now;
        Optional<UpdateCadence.NextUpdate> next = new UpdateCadence(config.updateInterval()).next(context, lastUpdate);
        // The database keeps microseconds; the trigger's deadline was computed before the row was stored.
        if (next.isEmpty() || !next.get().overdue(now)
                || !next.get().dueBy().truncatedTo(ChronoUnit.MILLIS).equals(dueBy.truncatedTo(ChronoUnit.MILLIS))) {
            LOG.debugf("update clock of %s fired with nothing owed (due %s)", cutoverId, dueBy);
            return;
        }
        // Keyed by the missed deadline, so a second firing of the same trigger sends nothing more.
        notifier.notify(Notices.updateOverdue(next.get(), now, Firing.latenessOf(dueBy, now), context), cutover);
    }
}
