package dev.golive.scheduling.trigger;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * What every deadline's job is: it reads its {@link Firing} and does the service's work in
 * {@link #fire}; the outcome is recorded ({@link Deadlines}): done, tried again later when the failure
 * is transient, or set aside with an alert when it can never succeed. A service's job extends this
 * and implements only {@link #fire} (which runs its own transaction; it must be idempotent, as a
 * deadline may fire again after a crash between the work and its record).
 */
public abstract class DeadlineJob implements Job {

    private final Deadlines deadlines;
    private final CutoverTriggers triggers;

    protected DeadlineJob(Deadlines deadlines, CutoverTriggers triggers) {
        this.deadlines = deadlines;
        this.triggers = triggers;
    }

    /** The service's work for this deadline. */
    protected abstract void fire(Firing firing);

    @Override
    public final void execute(JobExecutionContext context) {
        Firing firing = Firing.of(context);
        String group = context.getJobDetail().getKey().getGroup();
        try {
            fire(firing);
        } catch (RuntimeException failure) {
            deadlines.failed(group, getClass(), firing, failure, triggers);
            return;
        }
        deadlines.fired(group, firing);
    }
}
