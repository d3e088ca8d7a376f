package dev.golive.rollback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-shot trigger around the point of no return: at {@code at}, the point of no return is
 * {@code timeLeft} away ({@code pointOfNoReturn − at}; zero for {@code PASSED} at the point itself,
 * negative for a {@code PASSED} that catches up late).
 */
public record PlannedTrigger(Kind kind, Instant at, Duration timeLeft) {

    public enum Kind {
        /** The point of no return is near (a PointOfNoReturnApproaching). */
        APPROACHING,
        /** The point of no return passed (a PointOfNoReturnPassed). */
        PASSED
    }

    public PlannedTrigger {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(timeLeft, "timeLeft");
    }
}
