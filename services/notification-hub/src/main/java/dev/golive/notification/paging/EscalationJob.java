package dev.golive.notification.paging;

import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.util.UUID;

/** What an escalation trigger (named by its page) runs: hands over to {@link Paging}, nothing else. */
@Dependent
public class EscalationJob implements Job {

    private final Paging paging;

    public EscalationJob(Paging paging) {
        this.paging = paging;
    }

    @Override
    public void execute(JobExecutionContext context) {
        paging.escalate(UUID.fromString(Firing.of(context).name()));
    }
}
