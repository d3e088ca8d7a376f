package dev.golive.integration.live;

import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** What the live-verification trigger runs: hands over to {@link LiveVerificationRun}, nothing else. */
@Dependent
public class LiveVerificationJob implements Job {

    private final LiveVerificationRun run;

    public LiveVerificationJob(LiveVerificationRun run) {
        this.run = run;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Firing fired = Firing.of(context);
        run.run(fired.cutoverId(), Integer.parseInt(fired.get(LiveVerification.REVISION)));
    }
}
