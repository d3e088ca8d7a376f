package dev.golive.integration.live;

import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;

/** What the live-verification trigger runs: hands over to {@link LiveVerificationRun}, nothing else. */
@Dependent
public class LiveVerificationJob extends DeadlineJob {

    private final LiveVerificationRun run;

    public LiveVerificationJob(LiveVerificationRun run, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.run = run;
    }

    @Override
    protected void fire(Firing fired) {
        run.run(fired.cutoverId(), Integer.parseInt(fired.get(LiveVerification.REVISION)), fired.dueAt());
    }
}
