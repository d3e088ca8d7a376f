package dev.golive.staging.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * How long the production upgrade will take, from what a successful rehearsal measured.
 *
 * <p>The model: production goes through the same hops as the rehearsal, then upgrades its custom
 * modules once. {@code estimate = (sum of the hop durations + duration of the successful attempt)
 * × safetyFactor}, rounded up to the whole second.
 * <ul>
 *   <li>The failed attempts do not count. On staging each of them was a developer's push of code
 *       not yet right; by the go-live the code that passed is merged, so production runs the
 *       custom-module upgrade once, with that code. (The time developers spent between pushes is
 *       not machine time at all.) A database without custom modules has no attempt: only the hops
 *       count.</li>
 *   <li>The pauses between hops, and the wait for the push, do not count either: production does
 *       not wait for anyone.</li>
 *   <li>The factor covers what the rehearsal could not measure: production has grown since the
 *       backup, shares the platform with other databases on the night, and one run is a sample of
 *       one. It is at least 1 (never assume production faster than its rehearsal) and at most
 *       {@value #MAX_SAFETY_FACTOR}.</li>
 * </ul>
 * It fits when the estimate is at most the expected downtime; the margin says by how much either way.
 */
public final class UpgradeForecast {

    public static final double MAX_SAFETY_FACTOR = 10.0;
    /** A sensible default: a quarter more than measured. */
    public static final double DEFAULT_SAFETY_FACTOR = 1.25;

    private UpgradeForecast() {
    }

    /**
     * @throws DomainRejection          {@code rehearsal-not-succeeded} unless {@code succeeded} is {@code SUCCEEDED}
     * @throws IllegalArgumentException for a downtime that is not positive or a factor outside [1, {@value #MAX_SAFETY_FACTOR}]
     */
    public static Forecast estimate(Rehearsal succeeded, Duration expectedDowntime, double safetyFactor) {
        Objects.requireNonNull(succeeded, "succeeded");
        Objects.requireNonNull(expectedDowntime, "expectedDowntime");
        if (expectedDowntime.isNegative() || expectedDowntime.isZero()) {
            throw new IllegalArgumentException("the expected downtime must be positive, was " + expectedDowntime);
        }
        if (!(safetyFactor >= 1.0 && safetyFactor <= MAX_SAFETY_FACTOR)) {
            throw new IllegalArgumentException("the safety factor must be between 1 and " + MAX_SAFETY_FACTOR + ", was " + safetyFactor);
        }
        if (!succeeded.succeeded()) {
            throw new DomainRejection(DomainRejection.REHEARSAL_NOT_SUCCEEDED, "only a successful rehearsal measured a "
                    + "whole upgrade; rehearsal " + succeeded.id() + " is " + succeeded.stage());
        }
        Duration measured = measured(succeeded);
        Duration estimate = times(measured, safetyFactor);
        Duration margin = expectedDowntime.minus(estimate);
        return new Forecast(estimate, expectedDowntime, !margin.isNegative(), margin);
    }

    /** What a successful rehearsal measured of the upgrade production will run: the hops and the successful attempt. */
    static Duration measured(Rehearsal succeeded) {
        return succeeded.standardUpgradeDuration().orElseThrow()
                .plus(succeeded.successfulAttemptDuration().orElse(Duration.ZERO));
    }

    private static Duration times(Duration d, double factor) {
        BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        BigDecimal scaled = seconds.multiply(new BigDecimal(Double.toString(factor))).setScale(0, RoundingMode.CEILING);
        return Duration.ofSeconds(scaled.longValueExact());
    }
}
