package dev.golive.planner.milestone;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;

/**
 * What a milestone trigger runs: hands over to {@link MilestoneFiring}, then fires the other
 * milestones due at that moment in bursts ({@link MilestoneConfig#burst()}): a go-live weekend's
 * milestones fall on a few instants (Friday 18:00), for every cutover at once.
 */
@Dependent
public class MilestoneJob extends DeadlineJob {

    private final MilestoneFiring firing;
    private final MilestoneConfig config;

    public MilestoneJob(MilestoneFiring firing, MilestoneConfig config, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.firing = firing;
        this.config = config;
    }

    @Override
    protected int burst() {
        return config.burst();
    }

    @Override
    protected void fire(Firing fired) {
        firing.reach(fired.cutoverId(), Milestone.valueOf(fired.name()),
                Integer.parseInt(fired.get(MilestoneTriggers.REVISION)));
    }
}
