package dev.golive.rollback.incident;

import java.time.Duration;

/**
 * Body of {@code PATCH /api/cutovers/{cutoverId}/incidents/{incidentId}} (JSON merge patch): an
 * absent field keeps its value; {@code description} and {@code estimatedTimeToFix} can be cleared
 * with an explicit null. {@code status} moves between OPEN and MITIGATED; RESOLVED goes through
 * {@code /resolve}, with a resolution.
 */
public record IncidentPatch(String title, String description, String businessFlow, String severity,
                            Boolean systemUsable, Boolean dataIntegrityAtRisk, Boolean workaroundExists,
                            Duration estimatedTimeToFix, String status) {
}
