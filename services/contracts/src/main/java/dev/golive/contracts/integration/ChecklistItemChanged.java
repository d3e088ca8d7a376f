package dev.golive.contracts.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/** A checklist item of an integration changed status (OPEN, PASSED, FAILED, NOT_APPLICABLE); {@code reason} says why when the system reopened it (a changed field reported by the upgrade summary, say). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChecklistItemChanged(String cutoverId, String integrationId, String item, String status,
                                   @OptionalField String evidence, @OptionalField String checkedBy,
                                   @OptionalField String reason, Instant changedAt) implements GoliveEvent {
}
