package dev.golive.rollback.pnr;

import dev.golive.rollback.RollbackConfig;
import dev.golive.rollback.domain.PlannedTrigger;
import dev.golive.rollback.domain.PointOfNoReturnTriggers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one-shot Quartz triggers around a cutover's point of no return, as
 * {@link PointOfNoReturnTriggers#plan planned} from the configured warnings: one per warning
 * ({@code APPROACHING-PT4H}, {@code APPROACHING-PT1H}) and {@code PASSED}. The store joins the
 * caller's transaction (jdbc-cmt), so the triggers move together with the window that needs them.
 */
@ApplicationScoped
public class PointOfNoReturnSchedule {

    static final String CUTOVER_ID = "cutoverId";
    static final String REVISION = "windowRevision";
    static final String KIND = "kind";
    static final String POINT_OF_NO_RETURN = "pointOfNoReturn";
    static final String AT = "at";
    static final String TIME_LEFT = "timeLeft";
    // Job data holds strings only: the clustered store keeps it as properties, not serialised objects.

    @Inject
    Scheduler quartz;

    @Inject
    RollbackConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /**
     * Replaces every trigger of the cutover with those of the given point of no return. A trigger
     * that already fired for this same point of no return (the window moved, the point did not) is
     * not planned again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlannedTrigger> replace(UUID cutoverId, int windowRevision, Instant pointOfNoReturn) {
        removeAll(cutoverId);
        List<PlannedTrigger> planned = new ArrayList<>();
        for (PlannedTrigger trigger : PointOfNoReturnTriggers.plan(pointOfNoReturn, config.pnrWarnings(), clock.instant())) {
            if (alreadyFired(cutoverId, pointOfNoReturn, name(trigger))) {
                continue;
            }
            schedule(cutoverId, windowRevision, pointOfNoReturn, trigger);
            planned.add(trigger);
        }
        return List.copyOf(planned);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(UUID cutoverId) {
        try {
            Set<JobKey> jobs = quartz.getJobKeys(GroupMatcher.jobGroupEquals(group(cutoverId)));
            quartz.deleteJobs(new ArrayList<>(jobs));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove the point-of-no-return triggers of " + cutoverId, e);
        }
    }

    /** When each scheduled trigger of the cutover fires next, by name. */
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

    /** {@code APPROACHING-PT4H}, {@code APPROACHING-PT1H}, {@code PASSED}. */
    static String name(PlannedTrigger trigger) {
        return trigger.kind() == PlannedTrigger.Kind.PASSED ? "PASSED" : "APPROACHING-" + trigger.timeLeft();
    }

    /**
     * Records that a trigger fired for a point of no return; false when it had already fired
     * (Quartz recovering a job, or a reschedule that kept the point).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean firstFiring(UUID cutoverId, Instant pointOfNoReturn, String name, int windowRevision, Instant now) {
        return entityManager.createNativeQuery("""
                        INSERT INTO pnr_trigger_fired (cutover_id, point_of_no_return, trigger_name, window_revision, fired_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, cutoverId)
                .setParameter(2, utc(pointOfNoReturn))
                .setParameter(3, name)
                .setParameter(4, windowRevision)
                .setParameter(5, utc(now))
                .executeUpdate() == 1;
    }

    private boolean alreadyFired(UUID cutoverId, Instant pointOfNoReturn, String name) {
        return ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM pnr_trigger_fired
                        WHERE cutover_id = ?1 AND point_of_no_return = ?2 AND trigger_name = ?3""")
                .setParameter(1, cutoverId)
                .setParameter(2, utc(pointOfNoReturn))
                .setParameter(3, name)
                .getSingleResult()).longValue() > 0;
    }

    private void schedule(UUID cutoverId, int windowRevision, Instant pointOfNoReturn, PlannedTrigger planned) {
        String name = name(planned);
        JobDetail job = JobBuilder.newJob(PointOfNoReturnJob.class)
                .withIdentity(new JobKey(name, group(cutoverId)))
                .withDescription(name + " of the point of no return of cutover " + cutoverId)
                .usingJobData(CUTOVER_ID, cutoverId.toString())
                .usingJobData(REVISION, String.valueOf(windowRevision))
                .usingJobData(KIND, planned.kind().name())
                .usingJobData(POINT_OF_NO_RETURN, pointOfNoReturn.toString())
                .usingJobData(AT, planned.at().toString())
                .usingJobData(TIME_LEFT, planned.timeLeft().toString())
                .requestRecovery(true)
                .build();
        // Fire-now on misfire: a trigger missed while every instance was down fires once, as soon
        // as a scheduler is back; the firing then tells the time actually left.
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey(name, group(cutoverId)))
                .forJob(job)
                .startAt(Date.from(planned.at()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withRepeatCount(0)
                        .withMisfireHandlingInstructionFireNow())
                .build();
        try {
            quartz.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + name + " of " + cutoverId, e);
        }
    }

    static String group(UUID cutoverId) {
        return "pnr-" + cutoverId;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
