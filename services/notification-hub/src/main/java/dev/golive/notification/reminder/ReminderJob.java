package dev.golive.notification.reminder;

import dev.golive.notification.domain.Reminder;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** What a reminder trigger runs: hands over to {@link ReminderFiring}, nothing else. */
@Dependent
public class ReminderJob implements Job {

    @Inject
    ReminderFiring firing;

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        firing.reminder(UUID.fromString(data.getString(ReminderSchedule.CUTOVER_ID)),
                new Reminder(data.getString(ReminderSchedule.REMINDER_ID),
                        Duration.parse(data.getString(ReminderSchedule.BEFORE)),
                        Instant.parse(data.getString(ReminderSchedule.AT)),
                        Instant.parse(data.getString(ReminderSchedule.DOWNTIME_START))));
    }
}
