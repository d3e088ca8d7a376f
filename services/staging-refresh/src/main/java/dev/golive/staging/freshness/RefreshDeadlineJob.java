package dev.golive.staging.freshness;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import java.util.UUID;

/** What the refresh deadline trigger runs: hands over to {@link RefreshDeadlineFiring}, nothing else. */
@Dependent
public class RefreshDeadlineJob implements Job {

    @Inject
    RefreshDeadlineFiring firing;

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        firing.reached(UUID.fromString(data.getString(RefreshDeadlineTriggers.CUTOVER_ID)),
                Integer.parseInt(data.getString(RefreshDeadlineTriggers.REVISION)));
    }
}
