package dev.golive.rollback.pnr;

import dev.golive.rollback.domain.PlannedTrigger;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** What a point-of-no-return trigger runs: hands over to {@link PointOfNoReturnFiring}, nothing else. */
@Dependent
public class PointOfNoReturnJob implements Job {

    @Inject
    PointOfNoReturnFiring firing;

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        firing.fire(UUID.fromString(data.getString(PointOfNoReturnSchedule.CUTOVER_ID)),
                Integer.parseInt(data.getString(PointOfNoReturnSchedule.REVISION)),
                Instant.parse(data.getString(PointOfNoReturnSchedule.POINT_OF_NO_RETURN)),
                new PlannedTrigger(PlannedTrigger.Kind.valueOf(data.getString(PointOfNoReturnSchedule.KIND)),
                        Instant.parse(data.getString(PointOfNoReturnSchedule.AT)),
                        Duration.parse(data.getString(PointOfNoReturnSchedule.TIME_LEFT))));
    }
}
