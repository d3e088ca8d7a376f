package dev.golive.contracts.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An incident changed (severity, usability, workaround, estimate, status OPEN or MITIGATED); carries its whole new state and the changed fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentUpdated(String cutoverId, String incidentId, List<String> changedFields, String title,
                              @OptionalField String description, String businessFlow, String severity,
                              boolean systemUsable, boolean dataIntegrityAtRisk, boolean workaroundExists,
                              @OptionalField Duration estimatedTimeToFix, String status, String updatedBy,
                              Instant updatedAt) implements GoliveEvent {
}
