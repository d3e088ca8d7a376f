package dev.golive.bench;

import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/**
 * A second copy of something (a redelivered event, a page sent twice, a milestone fired by both
 * planners) comes after the first: once every first copy is in, a scenario watches a few seconds
 * more for a second, and stops watching as soon as one shows. The scenario then counts them.
 */
final class LateCopies {

    private LateCopies() {
    }

    /** Watches for {@code period}, or until {@code secondCopyShown} is true. */
    static void watch(Duration period, BooleanSupplier secondCopyShown) {
        try {
            await().during(period).atMost(period.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !secondCopyShown.getAsBoolean());
        } catch (ConditionTimeoutException shown) {
            // A second copy showed: the scenario counts it and fails.
        }
    }
}
