package dev.golive.planner.milestone;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;

/** What a milestone trigger runs: hands over to {@link MilestoneFiring}, nothing else. */
@Dependent
public class MilestoneJob extends DeadlineJob {

    private final MilestoneFiring firing;

    public MilestoneJob(MilestoneFiring firing, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.firing = firing;
    }

    @Override
    protected void fire(Firing fired) {
        firing.reach(fired.cutoverId(), Milestone.valueOf(fired.name()),
                Integer.parseInt(fired.get(MilestoneTriggers.REVISION)));
    }
}
