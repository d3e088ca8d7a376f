package dev.golive.integration.live;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import java.util.UUID;

/** What the live-verification trigger runs: hands over to {@link LiveVerificationRun}, nothing else. */
@Dependent
public class LiveVerificationJob implements Job {

    @Inject
    LiveVerificationRun run;

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        run.run(UUID.fromString(data.getString(LiveVerification.CUTOVER_ID)),
                Integer.parseInt(data.getString(LiveVerification.REVISION)));
    }
}
