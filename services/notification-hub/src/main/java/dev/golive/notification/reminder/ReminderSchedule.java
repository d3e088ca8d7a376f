package dev.golive.notification.reminder;

import dev.golive.notification.NotificationConfig;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.domain.Reminder;
import dev.golive.notification.domain.ReminderPlan;
import dev.golive.notification.time.OneShotTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one-shot Quartz triggers that remind everyone subscribed of a cutover's downtime start, as
 * {@link ReminderPlan planned} from the configured offsets; replaced whenever the window moves and
 * removed when the cutover is cancelled, in the transaction of that event (jdbc-cmt). A reminder
 * that already went out for the same downtime start is not planned again.
 */
@ApplicationScoped
public class ReminderSchedule {

    static final String CUTOVER_ID = "cutoverId";
    static final String REMINDER_ID = "reminderId";
    static final String BEFORE = "before";
    static final String AT = "at";
    static final String DOWNTIME_START = "downtimeStart";

    @Inject
    Scheduler quartz;

    @Inject
    NotificationConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Reminder> replace(CutoverProjection cutover) {
        removeAll(cutover.cutoverId);
        Optional<Instant> downtimeStart = cutover.downtimeStart();
        if (cutover.cancelled() || downtimeStart.isEmpty()) {
            return List.of();
        }
        List<Reminder> planned = new ArrayList<>();
        for (Reminder reminder : ReminderPlan.due(downtimeStart.get(), config.reminders(), clock.instant())) {
            if (alreadySent(cutover.cutoverId, reminder)) {
                continue;
            }
            schedule(cutover.cutoverId, reminder);
            planned.add(reminder);
        }
        return List.copyOf(planned);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(UUID cutoverId) {
        try {
            Set<JobKey> jobs = quartz.getJobKeys(GroupMatcher.jobGroupEquals(group(cutoverId)));
            quartz.deleteJobs(new ArrayList<>(jobs));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove the reminders of " + cutoverId, e);
        }
    }

    /** When each scheduled reminder of the cutover fires, by reminder id. */
    public Map<String, Instant> scheduled(UUID cutoverId) {
        try {
            Map<String, Instant> next = new TreeMap<>();
            for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(group(cutoverId)))) {
                Optional.ofNullable(quartz.getTrigger(key)).map(Trigger::getNextFireTime)
                        .ifPresent(at -> next.put(key.getName(), at.toInstant()));
            }
            return next;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records that a reminder went out; false when it already had (Quartz recovering a job, say). */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean firstFiring(UUID cutoverId, Reminder reminder, Instant now) {
        return entityManager.createNativeQuery("""
                        INSERT INTO reminder_fired (cutover_id, downtime_start, reminder, fired_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, cutoverId)
                .setParameter(2, utc(reminder.downtimeStart()))
                .setParameter(3, reminder.id())
                .setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    private boolean alreadySent(UUID cutoverId, Reminder reminder) {
        return ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM reminder_fired
                        WHERE cutover_id = ?1 AND downtime_start = ?2 AND reminder = ?3""")
                .setParameter(1, cutoverId)
                .setParameter(2, utc(reminder.downtimeStart()))
                .setParameter(3, reminder.id())
                .getSingleResult()).longValue() > 0;
    }

    private void schedule(UUID cutoverId, Reminder reminder) {
        OneShotTrigger.schedule(quartz, ReminderJob.class, new JobKey(reminder.id(), group(cutoverId)),
                "reminder " + reminder.before() + " before the downtime of cutover " + cutoverId,
                Map.of(CUTOVER_ID, cutoverId.toString(), REMINDER_ID, reminder.id(), BEFORE, reminder.before().toString(),
                        AT, reminder.at().toString(), DOWNTIME_START, reminder.downtimeStart().toString()),
                reminder.at());
    }

    static String group(UUID cutoverId) {
        return "reminder-" + cutoverId;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
