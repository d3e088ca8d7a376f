package dev.golive.notification.paging;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.util.UUID;

/** What an escalation trigger runs: hands over to {@link Paging}, nothing else. */
@Dependent
public class EscalationJob implements Job {

    @Inject
    Paging paging;

    @Override
    public void execute(JobExecutionContext context) {
        paging.escalate(UUID.fromString(context.getMergedJobDataMap().getString(EscalationSchedule.PAGE_ID)));
    }
}
