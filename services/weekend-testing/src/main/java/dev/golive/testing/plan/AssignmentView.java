package dev.golive.testing.plan;

import dev.golive.testing.scenario.ScenarioRow;
import dev.golive.testing.tester.TesterRow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An assignment as the API answers it: the scenario, the tester, the time as instants and on the
 * tester's wall clock, and the latest result recorded on it (null before any).
 */
public record AssignmentView(String id, String scenarioId, String scenarioTitle, String area, boolean critical,
                             String testerId, String testerName, String testerUsername, String testerZone,
                             Instant start, Instant end, LocalDateTime localStart, LocalDateTime localEnd,
                             String latestOutcome, String updatedBy, Instant updatedAt, long version) {

    public static AssignmentView of(AssignmentRow a, ScenarioRow s, TesterRow t, String latestOutcome) {
        ZoneId zone = t == null ? null : ZoneId.of(t.zone);
        return new AssignmentView(a.id.toString(), a.scenarioId, s == null ? null : s.title,
                s == null ? null : s.area.name(), s != null && s.toDomain().critical(), a.testerId.toString(),
                t == null ? null : t.name, t == null ? null : t.username, t == null ? null : t.zone, a.start, a.end,
                zone == null ? null : LocalDateTime.ofInstant(a.start, zone),
                zone == null ? null : LocalDateTime.ofInstant(a.end, zone), latestOutcome, a.updatedBy, a.updatedAt,
                a.version);
    }
}
