package dev.golive.integration.probe;

import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** What a scheduled probe-run trigger runs: hands over to {@link ProbeRuns#scheduledRun}, nothing else. */
@Dependent
public class ProbeRunJob implements Job {

    private final ProbeRuns runs;

    public ProbeRunJob(ProbeRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Firing fired = Firing.of(context);
        runs.scheduledRun(fired.cutoverId(), Integer.parseInt(fired.get(ProbeSchedule.REVISION)), fired.name());
    }
}
