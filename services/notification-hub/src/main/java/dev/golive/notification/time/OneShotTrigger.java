package dev.golive.notification.time;

import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A job with one trigger that fires once, at an instant, as every timer of this service is (a
 * reminder, the update clock, a page's escalation). The job is recovered after a crash and the
 * trigger fires at once when it was missed while every instance was down. Job data holds strings
 * only: the clustered store keeps it as properties, not serialised objects.
 */
public final class OneShotTrigger {

    private OneShotTrigger() {
    }

    /** Schedules {@code job} at {@code at}, replacing a job and trigger of the same key. */
    public static void schedule(Scheduler quartz, Class<? extends Job> job, JobKey key, String description,
                                Map<String, String> data, Instant at) {
        JobBuilder builder = JobBuilder.newJob(job).withIdentity(key).withDescription(description).requestRecovery(true);
        data.forEach(builder::usingJobData);
        var detail = builder.build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey(key.getName(), key.getGroup()))
                .forJob(detail)
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withRepeatCount(0)
                        .withMisfireHandlingInstructionFireNow())
                .build();
        try {
            quartz.scheduleJob(detail, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + description, e);
        }
    }

    /** When the trigger of that name fires next, if it is set. */
    public static Optional<Instant> next(Scheduler quartz, TriggerKey key) {
        try {
            return Optional.ofNullable(quartz.getTrigger(key)).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}
