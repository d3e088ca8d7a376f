package dev.golive.rollback.pnr;

import dev.golive.rollback.domain.PlannedTrigger;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;

import java.time.Duration;
import java.time.Instant;

/** What a point-of-no-return trigger runs: hands over to {@link PointOfNoReturnFiring}, nothing else. */
@Dependent
public class PointOfNoReturnJob extends DeadlineJob {

    private final PointOfNoReturnFiring firing;

    public PointOfNoReturnJob(PointOfNoReturnFiring firing, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.firing = firing;
    }

    @Override
    protected void fire(Firing trigger) {
        firing.fire(trigger.cutoverId(), Integer.parseInt(trigger.get(PointOfNoReturnSchedule.REVISION)),
                Instant.parse(trigger.get(PointOfNoReturnSchedule.POINT_OF_NO_RETURN)),
                new PlannedTrigger(PlannedTrigger.Kind.valueOf(trigger.get(PointOfNoReturnSchedule.PLANNED_KIND)),
                        trigger.dueAt(), Duration.parse(trigger.get(PointOfNoReturnSchedule.TIME_LEFT))));
    }
}
