package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/**
 * A tester recorded a result on an assignment: PASSED, FAILED or BLOCKED, with notes. {@code round}
 * is WEEKEND (after the live upgrade) or STAGING (on the upgraded staging database of
 * {@code rehearsalId}, before the go-live approval); absent means WEEKEND (results recorded before
 * rounds existed).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultRecorded(String cutoverId, String assignmentId, String scenarioId, String scenarioTitle,
                             String area, boolean critical, String outcome, @OptionalField String notes,
                             String recordedBy, Instant recordedAt,
                             @OptionalField String round, @OptionalField String rehearsalId) implements GoliveEvent {
}
