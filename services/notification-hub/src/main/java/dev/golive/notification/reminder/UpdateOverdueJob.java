package dev.golive.notification.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Instant;
import java.util.UUID;

/** What the update clock runs: hands over to {@link ReminderFiring}, nothing else. */
@Dependent
public class UpdateOverdueJob implements Job {

    @Inject
    ReminderFiring firing;

    @Override
    public void execute(JobExecutionContext context) {
        firing.updateOverdue(UUID.fromString(context.getMergedJobDataMap().getString(UpdateClock.CUTOVER_ID)),
                Instant.parse(context.getMergedJobDataMap().getString(UpdateClock.DUE_BY)));
    }
}
