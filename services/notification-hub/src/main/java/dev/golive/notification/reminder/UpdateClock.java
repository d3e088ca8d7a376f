package dev.golive.notification.reminder;

import dev.golive.notification.NotificationConfig;
import dev.golive.notification.cutover.CutoverProjection;
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
 * The one-shot Quartz trigger that fires UPDATE_OVERDUE when business stakeholders got no update
 * within the interval during the go-live; moved forward by every update, removed when the go-live
 * ends or the cutover is cancelled. Stored with the caller's transaction (jdbc-cmt).
 */
@ApplicationScoped
public class UpdateClock {

    static final String CUTOVER_ID = "cutoverId";
    static final String DUE_BY = "dueBy";
    static final String GROUP = "update-overdue";

    @Inject
    Scheduler quartz;

    @Inject
    NotificationConfig config;

    /** The last update went out at {@code lastUpdateAt}: the next one is due an interval later. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restart(CutoverProjection cutover, Instant lastUpdateAt) {
        Instant dueBy = lastUpdateAt.plus(config.updateInterval());
        JobDetail job = JobBuilder.newJob(UpdateOverdueJob.class)
                .withIdentity(key(cutover.cutoverId))
                .withDescription("update overdue of cutover " + cutover.cutoverId)
                .usingJobData(CUTOVER_ID, cutover.cutoverId.toString())
                .usingJobData(DUE_BY, dueBy.toString())
                .requestRecovery(true)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey(cutover.cutoverId.toString(), GROUP))
                .forJob(job)
                .startAt(Date.from(dueBy))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withRepeatCount(0)
                        .withMisfireHandlingInstructionFireNow())
                .build();
        try {
            quartz.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the update clock of " + cutover.cutoverId, e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(UUID cutoverId) {
        try {
            quartz.deleteJob(key(cutoverId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot stop the update clock of " + cutoverId, e);
        }
    }

    /** When the overdue reminder fires next, if it is set. */
    public Optional<Instant> next(UUID cutoverId) {
        try {
            Trigger trigger = quartz.getTrigger(new TriggerKey(cutoverId.toString(), GROUP));
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JobKey key(UUID cutoverId) {
        return new JobKey(cutoverId.toString(), GROUP);
    }
}
