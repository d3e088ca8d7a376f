package dev.golive.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code firstDelay} after the first failure, each delay
 * {@code multiplier} times the one before, never more than {@code maxDelay}; after
 * {@code maxAttempts} attempts in all it is given up (FAILED, for an admin to retry).
 *
 * <p>No jitter: the deliveries that fail together are mostly to one receiver that is down, and
 * they are few (one per recipient of one event); a spread would make the schedule harder to read
 * in the delivery log and to test, for little gain.
 */
public record RetryPolicy(Duration firstDelay, double multiplier, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive, was " + firstDelay);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than firstDelay " + firstDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** 5 s, 10 s, 20 s, 40 s, 80 s, then given up after the 6th attempt; no delay over 5 min. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(5), 6);
    }

    /**
     * When to try again after the attempt number {@code attemptsSoFar} failed at {@code failedAt},
     * or empty when that was the last one.
     */
    public Optional<Instant> next(int attemptsSoFar, Instant failedAt) {
        Objects.requireNonNull(failedAt, "failedAt");
        if (attemptsSoFar < 1) {
            throw new IllegalArgumentException("attemptsSoFar counts the attempt that just failed, so is at least 1, was "
                    + attemptsSoFar);
        }
        if (attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attemptsSoFar)));
    }

    /** The wait after the attempt number {@code attemptsSoFar} failed. */
    public Duration delayAfter(int attemptsSoFar) {
        double millis = firstDelay.toMillis() * Math.pow(multiplier, attemptsSoFar - 1);
        // Computed in double so that a large exponent saturates instead of overflowing.
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
    }
}
