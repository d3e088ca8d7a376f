package dev.golive.notification.reminder;

import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;

/** What the update clock runs: hands over to {@link ReminderFiring}, nothing else. */
@Dependent
public class UpdateOverdueJob extends DeadlineJob {

    private final ReminderFiring firing;

    public UpdateOverdueJob(ReminderFiring firing, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.firing = firing;
    }

    @Override
    protected void fire(Firing trigger) {
        firing.updateOverdue(trigger.cutoverId(), trigger.dueAt());
    }
}
