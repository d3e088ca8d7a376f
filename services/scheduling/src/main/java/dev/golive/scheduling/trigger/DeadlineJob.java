package dev.golive.scheduling.trigger;

import org.jboss.logging.Logger;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Instant;
import java.util.List;

/**
 * What every deadline's job is: it reads its {@link Firing} and does the service's work in
 * {@link #fire}; the outcome is recorded ({@link Deadlines}): done, tried again later when the failure
 * is transient, or set aside with an alert when it can never succeed. A service's job extends this
 * and implements only {@link #fire} (which runs its own transaction, or joins the one it is given; it
 * must be idempotent, as a deadline may fire again after a crash between the work and its record).
 *
 * <p>A job whose deadlines come in bursts (many cutovers' milestones at the same instant) sets
 * {@link #burst()}: after its own firing, it fires the other deadlines of its kind that are due, that
 * many per transaction, and removes their triggers. One Quartz firing and one transaction per
 * deadline is what limits a burst (measured in docs/performance.md, scenario 7), not the work.
 */
public abstract class DeadlineJob implements Job {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);

    private final Deadlines deadlines;
    private final CutoverTriggers triggers;

    protected DeadlineJob(Deadlines deadlines, CutoverTriggers triggers) {
        this.deadlines = deadlines;
        this.triggers = triggers;
    }

    /** The service's work for this deadline. */
    protected abstract void fire(Firing firing);

    /** A burst size that keeps a transaction short (about a second) and still fires thousands a minute. */
    protected static final int USUAL_BURST = 100;

    /** How many other due deadlines of this job to fire per transaction after its own; 0 (the default): none. */
    protected int burst() {
        return 0;
    }

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
        if (burst() > 0) {
            try {
                fireOthersDue(group, firing.dueAt());
            } catch (RuntimeException failure) {
                // This deadline fired; the others still have their own triggers (and the sweep).
                LOG.warnf("a burst after deadline %s of %s stopped, the rest fire on their own triggers: %s",
                        firing.name(), group, failure.toString());
            }
        }
    }

    /**
     * Fires the other deadlines of this job due no later than this one (Quartz has found that instant
     * come: its clock, not the application's, says what is due), {@link #burst()} per transaction, until
     * none is left or another firing has taken what this one saw: with many due, every firing's burst
     * starts at its own group, so they mostly take different ones.
     */
    private void fireOthersDue(String group, Instant dueAt) {
        while (true) {
            List<Deadlines.Deadline> due = deadlines.dueTogether(getClass(), group, dueAt, burst());
            if (due.isEmpty() || fireTogether(due) == 0) {
                return;
            }
        }
    }

    /**
     * Fires {@code due} in one transaction. When one of them fails, nothing of that transaction stays,
     * and each half is fired on its own, down to the one that fails, which is recorded as failed (tried
     * again later, or set aside): one bad deadline never holds back the others.
     *
     * @return how many were fired
     */
    private int fireTogether(List<Deadlines.Deadline> due) {
        try {
            return deadlines.fireTogether(getClass(), due, this::fire, triggers).size();
        } catch (RuntimeException failure) {
            if (due.size() == 1) {
                LOG.debugf("deadline %s of %s failed in a burst", due.get(0).name(), due.get(0).group());
                deadlines.failedTogether(getClass(), due.get(0), failure, triggers);
                return 0;
            }
            int half = due.size() / 2;
            return fireTogether(due.subList(0, half)) + fireTogether(due.subList(half, due.size()));
        }
    }
}
