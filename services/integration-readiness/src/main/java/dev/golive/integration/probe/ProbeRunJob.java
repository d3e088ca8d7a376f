package dev.golive.integration.probe;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import java.util.UUID;

/** What a scheduled probe-run trigger runs: hands over to {@link ProbeRuns#scheduledRun}, nothing else. */
@Dependent
public class ProbeRunJob implements Job {

    @Inject
    ProbeRuns runs;

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        runs.scheduledRun(UUID.fromString(data.getString(ProbeSchedule.CUTOVER_ID)),
                Integer.parseInt(data.getString(ProbeSchedule.REVISION)), data.getString(ProbeSchedule.NAME));
    }
}
