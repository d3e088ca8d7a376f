package dev.golive.integration.probe;

import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;

/** What a scheduled probe-run trigger runs: hands over to {@link ProbeRuns#scheduledRun}, nothing else. */
@Dependent
public class ProbeRunJob extends DeadlineJob {

    private final ProbeRuns runs;

    public ProbeRunJob(ProbeRuns runs, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.runs = runs;
    }

    @Override
    protected void fire(Firing fired) {
        runs.scheduledRun(fired.cutoverId(), Integer.parseInt(fired.get(ProbeSchedule.REVISION)), fired.name(),
                fired.dueAt());
    }
}
