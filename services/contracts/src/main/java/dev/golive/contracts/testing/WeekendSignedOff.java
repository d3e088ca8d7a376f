package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/** Every critical scenario has passed: the weekend's testing is signed off. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WeekendSignedOff(String cutoverId, int criticalScenarios, int scenarios, int passed, Instant signedOffAt) implements GoliveEvent {
}
