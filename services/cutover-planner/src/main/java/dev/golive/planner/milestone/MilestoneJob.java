package dev.golive.planner.milestone;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** What a milestone trigger runs: hands over to {@link MilestoneFiring}, nothing else. */
@Dependent
public class MilestoneJob implements Job {

    private final MilestoneFiring firing;

    public MilestoneJob(MilestoneFiring firing) {
        this.firing = firing;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Firing fired = Firing.of(context);
        firing.reach(fired.cutoverId(), Milestone.valueOf(fired.name()),
                Integer.parseInt(fired.get(MilestoneTriggers.REVISION)));
    }
}
