package dev.golive.scheduling.trigger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.quartz.Job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps every deadline, whatever happened to its trigger: once a minute (on one instance of the
 * service: the scheduled job is itself in the clustered store) it looks for deadlines due for more
 * than a grace period that have not fired, are not set aside and have no trigger left, and fires each
 * once, now. The firing knows its original due instant, so it reports how late it is.
 */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);
    /** A deadline this late with no trigger left was lost: a normal firing is long done by then. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final Deadlines deadlines;
    private final CutoverTriggers triggers;
    private final Clock clock;
    private final MeterRegistry registry;

    public DeadlineSweep(Deadlines deadlines, CutoverTriggers triggers, Clock clock, MeterRegistry registry) {
        this.deadlines = deadlines;
        this.triggers = triggers;
        this.clock = clock;
        this.registry = registry;
    }

    @Scheduled(identity = "golive-deadline-sweep", every = "${golive.scheduling.sweep-every:60s}",
            delayed = "${golive.scheduling.sweep-delay:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void sweep() {
        Instant now = clock.instant();
        for (Deadlines.Deadline deadline : deadlines.unfired(now.minus(GRACE), 100)) {
            if (triggers.hasTrigger(deadline.group(), deadline.name())) {
                continue;
            }
            Class<? extends Job> job = jobClass(deadline);
            if (job == null) {
                continue;
            }
            LOG.warnf("deadline %s of %s was due at %s and has not fired: firing it now, %s late", deadline.name(),
                    deadline.group(), deadline.dueAt(), Duration.between(deadline.dueAt(), now));
            registry.counter("golive.deadline.swept", "kind", Deadlines.kindOf(deadline.group())).increment();
            triggers.fireNow(deadline, now, job);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Job> jobClass(Deadlines.Deadline deadline) {
        try {
            Class<?> type = Class.forName(deadline.jobClass(), false, Thread.currentThread().getContextClassLoader());
            return Job.class.isAssignableFrom(type) ? (Class<? extends Job>) type : null;
        } catch (ClassNotFoundException e) {
            LOG.errorf("deadline %s of %s names job %s, which this service no longer has", deadline.name(),
                    deadline.group(), deadline.jobClass());
            return null;
        }
    }
}
