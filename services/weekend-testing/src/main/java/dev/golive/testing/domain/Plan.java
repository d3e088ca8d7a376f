package dev.golive.testing.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who tests what when over the weekend: the assignments, ordered by start (then tester, then
 * scenario), and the scenarios nobody could take, in the order the scenarios were given. Every
 * scenario planned is in exactly one of the two lists.
 */
public record Plan(List<PlannedAssignment> assignments, List<Unassignable> unassignable) {

    public Plan {
        assignments = List.copyOf(assignments);
        unassignable = List.copyOf(unassignable);
    }

    public Optional<PlannedAssignment> assignmentOf(String scenarioId) {
        return assignments.stream().filter(a -> a.scenarioId().equals(scenarioId)).findFirst();
    }

    public Optional<Unassignable> unassignableOf(String scenarioId) {
        return unassignable.stream().filter(u -> u.scenarioId().equals(scenarioId)).findFirst();
    }

    public List<PlannedAssignment> assignmentsOf(String testerId) {
        return assignments.stream().filter(a -> a.testerId().equals(testerId)).toList();
    }

    /** Minutes assigned per tester, for testers with at least one assignment, in order of their first assignment. */
    public Map<String, Long> minutesByTester() {
        Map<String, Long> minutes = new LinkedHashMap<>();
        assignments.forEach(a -> minutes.merge(a.testerId(), a.duration().toMinutes(), Long::sum));
        return minutes;
    }
}
