package dev.golive.scheduling.testapp;

import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Clock;

/** A service's job in small: reads its {@link Firing} and hands it on. */
@Dependent
public class RecordingJob implements Job {

    private final Firings firings;
    private final Clock clock;

    public RecordingJob(Firings firings, Clock clock) {
        this.firings = firings;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Firing firing = Firing.of(context);
        firings.record(firing, firing.lateness(clock.instant()));
    }
}
