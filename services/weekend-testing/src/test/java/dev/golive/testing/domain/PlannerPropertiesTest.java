package dev.golive.testing.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Properties of both planners over generated inputs ({@link Generated}, one seed per case; a
 * failing case names its seed and prints its input, so it replays exactly). The checks here are
 * written from the rules, independently of the planners' own code and of {@link PlanCheck}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlannerPropertiesTest {

    private static final int CASES = 300;

    interface Planner {
        Plan plan(List<Scenario> scenarios, List<Tester> testers, Instant testingStart, Instant testingEnd);
    }

    static Stream<Arguments> cases() {
        return Stream.of("TestPlanner", "GreedyPlanner").flatMap(name -> LongStream.range(0, CASES)
                .mapToObj(seed -> arguments(name, seed)));
    }

    private static Plan run(String planner, Generated.Instance in) {
        Planner p = planner.equals("TestPlanner") ? TestPlanner::plan : GreedyPlanner::plan;
        return p.plan(in.scenarios(), in.testers(), in.testingStart(), in.testingEnd());
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void hard_constraints_are_never_broken(String planner, long seed) {
        Generated.Instance in = Generated.instance(seed);
        Plan plan = run(planner, in);
        Map<String, Scenario> scenarios = byId(in.scenarios());
        Map<String, Tester> testers = new HashMap<>();
        in.testers().forEach(t -> testers.put(t.id(), t));
        Map<String, PlannedAssignment> assigned = new HashMap<>();
        plan.assignments().forEach(a -> assigned.put(a.scenarioId(), a));

        for (PlannedAssignment a : plan.assignments()) {
            Scenario s = scenarios.get(a.scenarioId());
            Tester t = testers.get(a.testerId());
            String what = a + " of " + in;
            assertThat(s).as("scenario of %s", what).isNotNull();
            assertThat(t).as("tester of %s", what).isNotNull();
            assertThat(t.areas()).as("area of %s", what).contains(s.area());
            assertThat(a.duration()).as("duration of %s", what).isEqualTo(Duration.ofMinutes(s.estimatedMinutes()));
            assertThat(a.start()).as("start of %s", what).isAfterOrEqualTo(in.testingStart());
            assertThat(a.end()).as("end of %s", what).isBeforeOrEqualTo(in.testingEnd());
            assertThat(t.availability()).as("slot of %s", what)
                    .anyMatch(slot -> !a.start().isBefore(slot.start()) && !a.end().isAfter(slot.end()));
            if (s.dependsOn() != null) {
                PlannedAssignment before = assigned.get(s.dependsOn());
                assertThat(before).as("prerequisite of %s", what).isNotNull();
                assertThat(a.start()).as("start after prerequisite of %s", what).isAfterOrEqualTo(before.end());
            }
        }
        for (Tester t : in.testers()) {
            List<PlannedAssignment> theirs = new ArrayList<>(plan.assignmentsOf(t.id()));
            theirs.sort(Comparator.comparing(PlannedAssignment::start));
            for (int k = 1; k < theirs.size(); k++) {
                assertThat(theirs.get(k).start()).as("overlap for %s in %s", t.id(), in).isAfterOrEqualTo(theirs.get(k - 1).end());
            }
            long minutes = theirs.stream().mapToLong(a -> a.duration().toMinutes()).sum();
            assertThat(minutes).as("hours of %s in %s", t.id(), in).isLessThanOrEqualTo(t.maxHours() * 60L);
        }
        assertThat(PlanCheck.check(plan, in.scenarios(), in.testers(), in.testingStart(), in.testingEnd()))
                .as("PlanCheck agrees on %s", in).isEmpty();
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void every_scenario_is_either_assigned_or_unassignable_exactly_once(String planner, long seed) {
        Generated.Instance in = Generated.instance(seed);
        Plan plan = run(planner, in);

        List<String> listed = new ArrayList<>();
        plan.assignments().forEach(a -> listed.add(a.scenarioId()));
        plan.unassignable().forEach(u -> listed.add(u.scenarioId()));

        assertThat(listed).as("%s", in).containsExactlyInAnyOrderElementsOf(in.scenarios().stream().map(Scenario::id).toList());
        assertThat(plan.unassignable()).as("%s", in).allSatisfy(u -> assertThat(u.detail()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void every_unassignable_reason_is_true_of_the_plan(String planner, long seed) {
        Generated.Instance in = Generated.instance(seed);
        Plan plan = run(planner, in);
        Map<String, Scenario> scenarios = byId(in.scenarios());

        for (Unassignable u : plan.unassignable()) {
            Scenario s = scenarios.get(u.scenarioId());
            String what = u + " of " + in;
            Optional<PlannedAssignment> prerequisite = Optional.ofNullable(s.dependsOn()).flatMap(plan::assignmentOf);
            List<Tester> knowing = in.testers().stream().filter(t -> t.areas().contains(s.area())).toList();
            List<Tester> withHours = knowing.stream()
                    .filter(t -> minutesOf(plan, t) + s.estimatedMinutes() <= t.maxHours() * 60L).toList();
            Instant notBefore = prerequisite.map(PlannedAssignment::end).filter(e -> e.isAfter(in.testingStart()))
                    .orElse(in.testingStart());
            switch (u.reason()) {
                case PREREQUISITE_UNASSIGNED -> {
                    assertThat(s.dependsOn()).as(what).isNotNull();
                    assertThat(prerequisite).as(what).isEmpty();
                }
                case NO_TESTER_FOR_AREA -> assertThat(knowing).as(what).isEmpty();
                case CAPACITY_EXHAUSTED -> {
                    assertThat(knowing).as(what).isNotEmpty();
                    assertThat(withHours).as(what).isEmpty();
                }
                case NO_AVAILABILITY_LEFT, DOES_NOT_FIT_BEFORE_END -> {
                    assertThat(prerequisite.isPresent() || s.dependsOn() == null).as(what).isTrue();
                    assertThat(withHours).as(what).isNotEmpty();
                    assertThat(withHours).as("nobody has room inside the window: %s", what)
                            .noneMatch(t -> fits(plan, t, s, notBefore, in.testingEnd()));
                    boolean roomAfterTheEnd = withHours.stream().anyMatch(t -> fits(plan, t, s, notBefore, Instant.MAX));
                    assertThat(roomAfterTheEnd).as("room only after the end: %s", what)
                            .isEqualTo(u.reason() == Unassignable.Reason.DOES_NOT_FIT_BEFORE_END);
                }
                default -> throw new AssertionError("unknown reason " + u.reason());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_planner_gives_the_same_plan_for_the_same_input(long seed) {
        Generated.Instance in = Generated.instance(seed);

        assertThat(run("TestPlanner", in)).isEqualTo(run("TestPlanner", Generated.instance(seed)));
    }

    @org.junit.jupiter.api.Test
    void the_generated_inputs_give_every_reason_and_both_kinds_of_scenario_a_chance() {
        Map<Unassignable.Reason, Integer> reasons = new java.util.EnumMap<>(Unassignable.Reason.class);
        int assigned = 0;
        int dependentsAssigned = 0;
        for (long seed = 0; seed < CASES; seed++) {
            Generated.Instance in = Generated.instance(seed);
            Plan plan = run("TestPlanner", in);
            plan.unassignable().forEach(u -> reasons.merge(u.reason(), 1, Integer::sum));
            assigned += plan.assignments().size();
            dependentsAssigned += (int) in.scenarios().stream()
                    .filter(s -> s.dependsOn() != null && plan.assignmentOf(s.id()).isPresent()).count();
        }

        assertThat(reasons).containsOnlyKeys(Unassignable.Reason.values());
        assertThat(reasons.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
        assertThat(assigned).isGreaterThan(500);
        assertThat(dependentsAssigned).isGreaterThan(100);
    }

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    /**
     * Whether {@code s} could start with {@code t} at some whole second at or after {@code notBefore}
     * and end by {@code limit}, inside a slot, clear of {@code t}'s assignments. The earliest such
     * start is {@code notBefore}, a slot's start or the end of an assignment (rounded up to the
     * second), so those are the only candidates to try.
     */
    private static boolean fits(Plan plan, Tester t, Scenario s, Instant notBefore, Instant limit) {
        Duration d = Duration.ofMinutes(s.estimatedMinutes());
        List<PlannedAssignment> theirs = plan.assignmentsOf(t.id());
        List<Instant> candidates = new ArrayList<>();
        candidates.add(notBefore);
        t.availability().forEach(slot -> candidates.add(slot.start()));
        theirs.forEach(a -> candidates.add(a.end()));
        for (Instant c : candidates) {
            Instant start = c.getNano() == 0 ? c : Instant.ofEpochSecond(c.getEpochSecond() + 1);
            if (start.isBefore(notBefore)) {
                continue;
            }
            Instant end = start.plus(d);
            boolean inSlot = t.availability().stream().anyMatch(slot -> !start.isBefore(slot.start()) && !end.isAfter(slot.end()));
            boolean clear = theirs.stream().allMatch(a -> !a.start().isBefore(end) || !a.end().isAfter(start));
            if (inSlot && clear && !end.isAfter(limit)) {
                return true;
            }
        }
        return false;
    }

    private static long minutesOf(Plan plan, Tester t) {
        return plan.assignmentsOf(t.id()).stream().mapToLong(a -> a.duration().toMinutes()).sum();
    }

    private static Map<String, Scenario> byId(List<Scenario> scenarios) {
        Map<String, Scenario> byId = new HashMap<>();
        scenarios.forEach(s -> byId.put(s.id(), s));
        return byId;
    }
}
