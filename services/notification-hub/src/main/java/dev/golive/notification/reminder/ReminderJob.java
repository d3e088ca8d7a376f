package dev.golive.notification.reminder;

import dev.golive.notification.domain.Reminder;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;

import java.time.Duration;
import java.time.Instant;

/** What a reminder trigger runs: hands over to {@link ReminderFiring}, nothing else. */
@Dependent
public class ReminderJob extends DeadlineJob {

    private final ReminderFiring firing;

    public ReminderJob(ReminderFiring firing, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.firing = firing;
    }

    @Override
    protected void fire(Firing trigger) {
        firing.reminder(trigger.cutoverId(), new Reminder(trigger.name(),
                Duration.parse(trigger.get(ReminderSchedule.BEFORE)), trigger.dueAt(),
                Instant.parse(trigger.get(ReminderSchedule.DOWNTIME_START))));
    }
}
