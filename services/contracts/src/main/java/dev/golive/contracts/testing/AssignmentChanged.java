package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/** An assignment changed after publication (an ops lead's override, or a re-plan when the window moved). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssignmentChanged(String cutoverId, String assignmentId, String scenarioId, String testerId,
                                @OptionalField String testerUsername, Instant start, Instant end, String reason,
                                String changedBy, Instant changedAt) implements GoliveEvent {
}
