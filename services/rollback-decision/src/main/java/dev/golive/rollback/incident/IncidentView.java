package dev.golive.rollback.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** An incident as the API answers it. */
public record IncidentView(UUID id, UUID cutoverId, String title, String description, String businessFlow,
                           String severity, boolean systemUsable, boolean dataIntegrityAtRisk,
                           boolean workaroundExists, Duration estimatedTimeToFix, String status, String source,
                           String sourceRef, String reportedBy, Instant reportedAt, String updatedBy,
                           Instant updatedAt, String resolution, String resolvedBy, Instant resolvedAt,
                           long version) {

    static IncidentView of(IncidentRow row) {
        return new IncidentView(row.id, row.cutoverId, row.title, row.description, row.businessFlow.name(),
                row.severity.name(), row.systemUsable, row.dataIntegrityAtRisk, row.workaroundExists,
                row.estimatedTimeToFix(), row.status.name(), row.source, row.sourceRef, row.reportedBy,
                row.reportedAt, row.updatedBy, row.updatedAt, row.resolution, row.resolvedBy, row.resolvedAt,
                row.version);
    }
}
