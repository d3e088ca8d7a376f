package dev.golive.staging.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One one-shot Quartz trigger per cutover, at its staging refresh deadline (UTC instant), in the
 * clustered JDBC store. The store joins the caller's transaction (jdbc-cmt): the trigger moves
 * together with the window that needs it.
 */
@ApplicationScoped
public class RefreshDeadlineTriggers {

    static final String CUTOVER_ID = "cutoverId";
    static final String REVISION = "windowRevision";
    static final String NAME = "STAGING_REFRESH_DEADLINE";
    // Job data holds strings only: the clustered store keeps it as properties, not serialised objects.

    @Inject
    Scheduler quartz;

    /** Schedules, or moves, the cutover's refresh deadline trigger. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(UUID cutoverId, int windowRevision, Instant deadline) {
        JobDetail job = JobBuilder.newJob(RefreshDeadlineJob.class)
                .withIdentity(jobKey(cutoverId))
                .withDescription("staging refresh deadline of cutover " + cutoverId)
                .usingJobData(CUTOVER_ID, cutoverId.toString())
                .usingJobData(REVISION, String.valueOf(windowRevision))
                .requestRecovery(true)
                .build();
        // Fire-now on misfire: a deadline missed while the service was down is judged once, as soon as it is back.
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(cutoverId))
                .forJob(job)
                .startAt(Date.from(deadline))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withRepeatCount(0)
                        .withMisfireHandlingInstructionFireNow())
                .build();
        try {
            quartz.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the refresh deadline of " + cutoverId, e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(UUID cutoverId) {
        try {
            quartz.deleteJob(jobKey(cutoverId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove the refresh deadline of " + cutoverId, e);
        }
    }

    /** When the cutover's refresh deadline trigger fires next, if it is scheduled. */
    public Optional<Instant> nextFire(UUID cutoverId) {
        try {
            Trigger trigger = quartz.getTrigger(triggerKey(cutoverId));
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JobKey jobKey(UUID cutoverId) {
        return new JobKey(NAME, group(cutoverId));
    }

    public static TriggerKey triggerKey(UUID cutoverId) {
        return new TriggerKey(NAME, group(cutoverId));
    }

    public static String group(UUID cutoverId) {
        return "cutover-" + cutoverId;
    }
}
