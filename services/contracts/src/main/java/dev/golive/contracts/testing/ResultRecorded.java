package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/** A tester recorded a result on an assignment: PASSED, FAILED or BLOCKED, with notes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultRecorded(String cutoverId, String assignmentId, String scenarioId, String scenarioTitle,
                             String area, boolean critical, String outcome, @OptionalField String notes,
                             String recordedBy, Instant recordedAt) implements GoliveEvent {
}
