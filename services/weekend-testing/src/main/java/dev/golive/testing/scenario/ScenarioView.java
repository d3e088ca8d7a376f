package dev.golive.testing.scenario;

import java.time.Instant;

/** A scenario as the API answers it. */
public record ScenarioView(String id, String title, String area, String criticality, boolean critical,
                           int estimatedMinutes, String dependsOn, String updatedBy, Instant updatedAt, long version) {

    static ScenarioView of(ScenarioRow row) {
        return new ScenarioView(row.scenarioId, row.title, row.area.name(), row.criticality.name(),
                row.toDomain().critical(), row.estimatedMinutes, row.dependsOn, row.updatedBy, row.updatedAt,
                row.version);
    }
}
