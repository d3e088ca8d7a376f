package dev.golive.notification.reminder;

import dev.golive.notification.NotificationConfig;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.domain.Reminder;
import dev.golive.notification.domain.ReminderPlan;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.OneShot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one-shot triggers that remind everyone subscribed of a cutover's downtime start
 * ({@link CutoverTriggers} of kind {@code reminder}, one per reminder id), as {@link ReminderPlan planned}
 * from the configured offsets; replaced whenever the window moves and removed when the cutover is
 * cancelled, in the transaction of that event. A reminder that already went out for the same
 * downtime start ({@code reminder_fired}) is not planned again.
 */
@ApplicationScoped
public class ReminderSchedule {

    /** The kind of these triggers, so their Quartz group is {@code reminder-<cutoverId>}, as it always was. */
    static final String KIND = "reminder";
    static final String BEFORE = "before";
    static final String DOWNTIME_START = "downtimeStart";

    private final CutoverTriggers triggers;
    private final NotificationConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    public ReminderSchedule(CutoverTriggers triggers, NotificationConfig config, EntityManager entityManager,
                            Clock clock) {
        this.triggers = triggers;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(CutoverProjection cutover) {
        Optional<Instant> downtimeStart = cutover.downtimeStart();
        List<OneShot> due = cutover.cancelled() || downtimeStart.isEmpty() ? List.of()
                : ReminderPlan.due(downtimeStart.get(), config.reminders(), clock.instant()).stream()
                        .filter(reminder -> !alreadySent(cutover.cutoverId, reminder))
                        .map(reminder -> oneShot(cutover.cutoverId, reminder))
                        .toList();
        triggers.replace(KIND, cutover.cutoverId, ReminderJob.class, due);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(UUID cutoverId) {
        triggers.removeAll(KIND, cutoverId);
    }

    /** When each scheduled reminder of the cutover fires, by reminder id. */
    public Map<String, Instant> scheduled(UUID cutoverId) {
        return triggers.nextFireTimes(KIND, cutoverId);
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

    /**
     * Named by the reminder's id and due at its instant (the firing's name and {@code dueAt}); one
     * missed while every instance was down still goes out once, late, as it always did.
     */
    private static OneShot oneShot(UUID cutoverId, Reminder reminder) {
        return OneShot.fireOnceLate(reminder.id(), reminder.at(),
                "reminder " + reminder.before() + " before the downtime of cutover " + cutoverId,
                Map.of(BEFORE, reminder.before().toString(), DOWNTIME_START, reminder.downtimeStart().toString()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
