package dev.golive.notification.reminder;

import dev.golive.notification.domain.Reminder;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;
import java.time.Instant;

/** What a reminder trigger runs: hands over to {@link ReminderFiring}, nothing else. */
@Dependent
public class ReminderJob implements Job {

    private final ReminderFiring firing;

    public ReminderJob(ReminderFiring firing) {
        this.firing = firing;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Firing trigger = Firing.of(context);
        firing.reminder(trigger.cutoverId(), new Reminder(trigger.name(),
                Duration.parse(trigger.get(ReminderSchedule.BEFORE)), trigger.dueAt(),
                Instant.parse(trigger.get(ReminderSchedule.DOWNTIME_START))));
    }
}
