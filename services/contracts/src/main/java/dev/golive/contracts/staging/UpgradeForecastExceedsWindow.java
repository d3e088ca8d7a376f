package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Duration;
import java.time.Instant;

/** The production upgrade, forecast from the rehearsal's measured durations, does not fit the window's expected downtime. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpgradeForecastExceedsWindow(String cutoverId, String rehearsalId, Duration forecast, Duration expectedDowntime,
                                           Duration shortfall, Instant at) implements GoliveEvent {
}
