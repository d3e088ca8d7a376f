package dev.golive.contracts.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;

/** An incident was opened (by on-call staff, or from a detection of another service). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentReported(String cutoverId, String incidentId, String title, @OptionalField String description,
                               String businessFlow, String severity, boolean systemUsable,
                               boolean dataIntegrityAtRisk, boolean workaroundExists,
                               @OptionalField Duration estimatedTimeToFix, String status, String source,
                               @OptionalField String sourceRef, String reportedBy, Instant reportedAt)
        implements GoliveEvent {
}
