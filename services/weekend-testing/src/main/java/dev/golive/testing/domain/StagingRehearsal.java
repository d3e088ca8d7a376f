package dev.golive.testing.domain;

import java.time.Instant;

/**
 * A rehearsal as weekend-testing knows it from staging-refresh: when it succeeded (null while it has
 * not) and whether the developer's review of its upgraded database is done.
 */
public record StagingRehearsal(String id, Instant succeededAt, boolean reviewDone) {

    public boolean succeeded() {
        return succeededAt != null;
    }

    /** Power users may test on it: it succeeded and the developer reviewed it. */
    public boolean readyForPowerUsers() {
        return succeeded() && reviewDone;
    }
}
