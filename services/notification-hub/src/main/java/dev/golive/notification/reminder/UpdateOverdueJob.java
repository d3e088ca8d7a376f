package dev.golive.notification.reminder;

import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** What the update clock runs: hands over to {@link ReminderFiring}, nothing else. */
@Dependent
public class UpdateOverdueJob implements Job {

    private final ReminderFiring firing;

    public UpdateOverdueJob(ReminderFiring firing) {
        this.firing = firing;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Firing trigger = Firing.of(context);
        firing.updateOverdue(trigger.cutoverId(), trigger.dueAt());
    }
}
