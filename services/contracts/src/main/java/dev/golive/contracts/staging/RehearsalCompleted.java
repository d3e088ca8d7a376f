package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;

/** A rehearsal reached an end (SUCCEEDED, FAILED or ABANDONED), with what it measured. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RehearsalCompleted(String cutoverId, String rehearsalId, String outcome,
                                 @OptionalField Duration standardUpgradeDuration, int customModuleAttempts,
                                 @OptionalField Duration successfulAttemptDuration, Duration totalDuration,
                                 Instant completedAt) implements GoliveEvent {
}
