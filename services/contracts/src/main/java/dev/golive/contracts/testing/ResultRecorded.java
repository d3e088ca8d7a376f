package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/** A tester recorded a result on an assignment: PASSED, FAILED or BLOCKED, with notes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultRecorded(String cutoverId, String assignmentId, String scenarioId, String scenarioTitle, String area,
                             boolean critical, String outcome, String notes, String recordedBy, Instant recordedAt) implements GoliveEvent {
}
