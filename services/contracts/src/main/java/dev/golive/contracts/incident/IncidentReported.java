package dev.golive.contracts.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Duration;
import java.time.Instant;

/** An incident was opened (by on-call staff, or from a detection of another service). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentReported(String cutoverId, String incidentId, String title, String description, String businessFlow,
                               String severity, boolean systemUsable, boolean dataIntegrityAtRisk,
                               boolean workaroundExists, Duration estimatedTimeToFix, String status,
                               String source, String sourceRef, String reportedBy, Instant reportedAt) implements GoliveEvent {
}
