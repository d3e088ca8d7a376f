package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;

/**
 * The production upgrade's forecast changed: {@code measured} is the rehearsal's measured duration,
 * {@code sizeRatio} production's database size over the rehearsal's when known, {@code forecast} the
 * scaled figure (with the safety factor, never below {@code floor}). A measurement shorter than
 * staging-refresh's plausible minimum is implausible (the rehearsal's durations were not recorded as
 * they ran): {@code plausible} false with the {@code reason}, and the forecast gate fails.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpgradeForecastChanged(String cutoverId, String rehearsalId, Duration measured,
                                     @OptionalField Double sizeRatio, Duration forecast, Duration floor,
                                     boolean plausible, @OptionalField String reason, Instant at) implements GoliveEvent {
}
