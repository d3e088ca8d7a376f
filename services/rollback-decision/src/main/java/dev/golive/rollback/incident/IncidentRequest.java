package dev.golive.rollback.incident;

import java.time.Duration;

/**
 * Body of {@code POST /api/cutovers/{cutoverId}/incidents}. {@code businessFlow} and
 * {@code severity} are read as text so that a wrong value is a 422 naming the field;
 * {@code systemUsable} and {@code dataIntegrityAtRisk} must be said (they can call for a rollback),
 * {@code workaroundExists} defaults to false.
 */
public record IncidentRequest(String title, String description, String businessFlow, String severity,
                              Boolean systemUsable, Boolean dataIntegrityAtRisk, Boolean workaroundExists,
                              Duration estimatedTimeToFix) {
}
