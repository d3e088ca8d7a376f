package dev.golive.notification.paging;

import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;

import java.util.UUID;

/** What an escalation trigger (named by its page) runs: hands over to {@link Paging}, nothing else. */
@Dependent
public class EscalationJob extends DeadlineJob {

    private final Paging paging;

    public EscalationJob(Paging paging, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.paging = paging;
    }

    @Override
    protected void fire(Firing fired) {
        paging.escalate(UUID.fromString(fired.name()), fired.dueAt());
    }
}
