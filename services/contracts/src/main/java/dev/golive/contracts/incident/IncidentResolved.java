package dev.golive.contracts.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/** An incident was resolved. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentResolved(String cutoverId, String incidentId, String resolution, String resolvedBy,
                               Instant resolvedAt) implements GoliveEvent {
}
