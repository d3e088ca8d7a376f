package dev.golive.staging.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the production upgrade is expected to take, against the downtime the window plans for.
 * {@code margin} is {@code expectedDowntime - estimate}: negative when it does not fit.
 */
public record Forecast(Duration estimate, Duration expectedDowntime, boolean fits, Duration margin) {

    public Forecast {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(expectedDowntime, "expectedDowntime");
        Objects.requireNonNull(margin, "margin");
    }
}
