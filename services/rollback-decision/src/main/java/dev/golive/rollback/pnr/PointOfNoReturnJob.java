package dev.golive.rollback.pnr;

import dev.golive.rollback.domain.PlannedTrigger;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Duration;
import java.time.Instant;

/** What a point-of-no-return trigger runs: hands over to {@link PointOfNoReturnFiring}, nothing else. */
@Dependent
public class PointOfNoReturnJob implements Job {

    private final PointOfNoReturnFiring firing;

    public PointOfNoReturnJob(PointOfNoReturnFiring firing) {
        this.firing = firing;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Firing trigger = Firing.of(context);
        firing.fire(trigger.cutoverId(), Integer.parseInt(trigger.get(PointOfNoReturnSchedule.REVISION)),
                Instant.parse(trigger.get(PointOfNoReturnSchedule.POINT_OF_NO_RETURN)),
                new PlannedTrigger(PlannedTrigger.Kind.valueOf(trigger.get(PointOfNoReturnSchedule.PLANNED_KIND)),
                        trigger.dueAt(), Duration.parse(trigger.get(PointOfNoReturnSchedule.TIME_LEFT))));
    }
}
