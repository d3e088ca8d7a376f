package dev.golive.planner.milestone;

import dev.golive.contracts.cutover.Milestone;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import java.util.UUID;

/** What a milestone trigger runs: hands over to {@link MilestoneFiring}, nothing else. */
@Dependent
public class MilestoneJob implements Job {

    @Inject
    MilestoneFiring firing;

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        firing.reach(UUID.fromString(data.getString(MilestoneTriggers.CUTOVER_ID)),
                Milestone.valueOf(data.getString(MilestoneTriggers.MILESTONE)),
                Integer.parseInt(data.getString(MilestoneTriggers.REVISION)));
    }
}
