package dev.golive.scheduling.testapp;

import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.Dependent;

import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deadline's job that fails as told by its job data: {@code transientFailures} times as a restarting
 * database would make it fail, or for good ({@code broken}); otherwise it records the firing.
 */
@Dependent
public class FlakyJob extends DeadlineJob {

    public static final String TRANSIENT_FAILURES = "transientFailures";
    public static final String BROKEN = "broken";
    private static final Map<UUID, Integer> ATTEMPTS = new ConcurrentHashMap<>();

    private final Firings firings;
    private final Clock clock;

    public FlakyJob(Deadlines deadlines, CutoverTriggers triggers, Firings firings, Clock clock) {
        super(deadlines, triggers);
        this.firings = firings;
        this.clock = clock;
    }

    public static int attempts(UUID cutoverId) {
        return ATTEMPTS.getOrDefault(cutoverId, 0);
    }

    @Override
    protected void fire(Firing firing) {
        int attempt = ATTEMPTS.merge(firing.cutoverId(), 1, Integer::sum);
        if (firing.data().containsKey(BROKEN)) {
            throw new IllegalArgumentException("this deadline names a milestone that does not exist");
        }
        if (attempt <= Integer.parseInt(firing.data().getOrDefault(TRANSIENT_FAILURES, "0"))) {
            throw new IllegalStateException("could not write",
                    new SQLTransientConnectionException("the database system is starting up", "57P03"));
        }
        firings.record(firing, firing.lateness(clock.instant()));
    }
}
