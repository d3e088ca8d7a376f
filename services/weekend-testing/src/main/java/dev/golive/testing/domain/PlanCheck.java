package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hard constraints of a {@link Plan}, checked on the plan alone — a planner's output, or a
 * plan a test manager edited by hand. Violations name the entry as in the JSON body
 * ({@code assignments[3].start}, {@code unassignable[0].scenarioId}); {@code plan} for a scenario
 * missing from both lists. Empty when:
 * <ul>
 *   <li>each assignment names a known scenario and tester, lasts exactly the scenario's estimate,
 *       lies inside {@code [testingStart, testingEnd]} and inside one of the tester's slots, and
 *       the tester knows the scenario's area;</li>
 *   <li>no two assignments of a tester overlap (touching is fine) and each tester's assignments add
 *       up to at most their maximum hours;</li>
 *   <li>a dependent is assigned only with its prerequisite, and starts at or after the
 *       prerequisite ends;</li>
 *   <li>every scenario is in exactly one of the two lists, once.</li>
 * </ul>
 * Whether an unassignable reason is true is the planner's business, not a rule of the plan.
 */
public final class PlanCheck {

    private PlanCheck() {
    }

    public static List<FieldViolation> check(Plan plan, List<Scenario> scenarios, List<Tester> testers,
                                             Instant testingStart, Instant testingEnd) {
        List<FieldViolation> v = new ArrayList<>();
        Map<String, Scenario> scenarioById = new HashMap<>();
        scenarios.forEach(s -> scenarioById.put(s.id(), s));
        Map<String, Tester> testerById = new HashMap<>();
        testers.forEach(t -> testerById.put(t.id(), t));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, PlannedAssignment> assignmentOf = new HashMap<>();
        List<PlannedAssignment> assignments = plan.assignments();

        for (int i = 0; i < assignments.size(); i++) {
            PlannedAssignment a = assignments.get(i);
            String at = "assignments[" + i + "]";
            Scenario s = scenarioById.get(a.scenarioId());
            Tester t = testerById.get(a.testerId());
            if (s == null) {
                v.add(new FieldViolation(at + ".scenarioId", "names no scenario: \"" + a.scenarioId() + "\""));
            } else if (seen.putIfAbsent(a.scenarioId(), i) != null) {
                v.add(new FieldViolation(at + ".scenarioId", a.scenarioId() + " is assigned twice"));
            } else {
                assignmentOf.put(a.scenarioId(), a);
            }
            if (t == null) {
                v.add(new FieldViolation(at + ".testerId", "names no tester: \"" + a.testerId() + "\""));
            } else if (s != null && !t.knows(s.area())) {
                v.add(new FieldViolation(at + ".testerId", t.id() + " does not know " + s.area()));
            }
            if (s != null && !a.duration().equals(s.estimate())) {
                v.add(new FieldViolation(at + ".end", "must be " + s.estimatedMinutes()
                        + " min after its start (the scenario's estimate), was " + a.duration()));
            }
            if (a.start().isBefore(testingStart)) {
                v.add(new FieldViolation(at + ".start", "is before the testing window opens at " + testingStart));
            }
            if (a.end().isAfter(testingEnd)) {
                v.add(new FieldViolation(at + ".end", "is after the testing window closes at " + testingEnd));
            }
            if (t != null && t.availability().stream().noneMatch(slot -> slot.contains(a.start(), a.end()))) {
                v.add(new FieldViolation(at + ".start", "is not inside one of " + t.id() + "'s availability slots"));
            }
        }

        for (int i = 0; i < assignments.size(); i++) {
            PlannedAssignment a = assignments.get(i);
            Scenario s = scenarioById.get(a.scenarioId());
            if (s == null || s.dependsOn() == null) {
                continue;
            }
            PlannedAssignment before = assignmentOf.get(s.dependsOn());
            if (before == null) {
                v.add(new FieldViolation("assignments[" + i + "].scenarioId",
                        "its prerequisite " + s.dependsOn() + " is not assigned"));
            } else if (a.start().isBefore(before.end())) {
                v.add(new FieldViolation("assignments[" + i + "].start",
                        "is before its prerequisite " + s.dependsOn() + " ends at " + before.end()));
            }
        }

        Map<String, List<Integer>> byTester = new HashMap<>();
        for (int i = 0; i < assignments.size(); i++) {
            byTester.computeIfAbsent(assignments.get(i).testerId(), k -> new ArrayList<>()).add(i);
        }
        List<FieldViolation> perTester = new ArrayList<>();
        byTester.forEach((testerId, indices) -> {
            List<Integer> byStart = new ArrayList<>(indices);
            byStart.sort(Comparator.comparing((Integer i) -> assignments.get(i).start()).thenComparing(i -> i));
            Duration total = Duration.ZERO;
            for (int k = 0; k < byStart.size(); k++) {
                PlannedAssignment a = assignments.get(byStart.get(k));
                total = total.plus(a.duration());
                if (k > 0 && a.start().isBefore(assignments.get(byStart.get(k - 1)).end())) {
                    perTester.add(new FieldViolation("assignments[" + byStart.get(k) + "].start",
                            "overlaps assignments[" + byStart.get(k - 1) + "] of " + testerId));
                }
            }
            Tester t = testerById.get(testerId);
            if (t != null && total.compareTo(t.capacity()) > 0) {
                int last = byStart.get(byStart.size() - 1);
                perTester.add(new FieldViolation("assignments[" + last + "].testerId", testerId + " is given "
                        + total.toMinutes() + " min, over their maximum of " + t.maxHours() + " h"));
            }
        });
        perTester.sort(Comparator.comparingInt((FieldViolation f) -> index(f.field())).thenComparing(FieldViolation::message));
        v.addAll(perTester);

        List<Unassignable> unassignable = plan.unassignable();
        for (int i = 0; i < unassignable.size(); i++) {
            String id = unassignable.get(i).scenarioId();
            if (!scenarioById.containsKey(id)) {
                v.add(new FieldViolation("unassignable[" + i + "].scenarioId", "names no scenario: \"" + id + "\""));
            } else if (assignmentOf.containsKey(id)) {
                v.add(new FieldViolation("unassignable[" + i + "].scenarioId", id + " is assigned too"));
            } else if (seen.putIfAbsent(id, -1 - i) != null) {
                v.add(new FieldViolation("unassignable[" + i + "].scenarioId", id + " is listed twice"));
            }
        }
        for (Scenario s : scenarios) {
            if (!seen.containsKey(s.id())) {
                v.add(new FieldViolation("plan", s.id() + " is neither assigned nor listed as unassignable"));
            }
        }
        return List.copyOf(v);
    }

    private static int index(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }
}
