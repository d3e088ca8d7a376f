package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.golive.testing.domain.BusinessArea.INVENTORY;
import static dev.golive.testing.domain.BusinessArea.SALES;
import static dev.golive.testing.domain.Unassignable.Reason.NO_TESTER_FOR_AREA;
import static dev.golive.testing.domain.Weekend.TESTING_END;
import static dev.golive.testing.domain.Weekend.TESTING_START;
import static dev.golive.testing.domain.Weekend.after;
import static dev.golive.testing.domain.Weekend.critical;
import static dev.golive.testing.domain.Weekend.knows;
import static dev.golive.testing.domain.Weekend.sat;
import static dev.golive.testing.domain.Weekend.slot;
import static dev.golive.testing.domain.Weekend.sun;
import static dev.golive.testing.domain.Weekend.tester;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlanCheckTest {

    private static final Scenario QUOTATION = critical("quotation", SALES, 30);
    private static final Scenario DELIVERY = after("quotation", critical("delivery", INVENTORY, 60));
    private static final List<Scenario> SCENARIOS = List.of(QUOTATION, DELIVERY);
    private static final Tester ANA = tester("ana", 2, knows(SALES, INVENTORY), slot(sat("08:00"), sat("12:00")),
            slot(sun("17:00"), sun("20:00")));
    private static final Tester BOB = tester("bob", 8, knows(SALES), slot(sat("08:00"), sat("12:00")));
    private static final List<Tester> TESTERS = List.of(ANA, BOB);

    private static List<FieldViolation> check(List<PlannedAssignment> assignments, List<Unassignable> unassignable) {
        return PlanCheck.check(new Plan(assignments, unassignable), SCENARIOS, TESTERS, TESTING_START, TESTING_END);
    }

    private static PlannedAssignment quotation(String tester, String start, String end) {
        return new PlannedAssignment("quotation", tester, sat(start), sat(end));
    }

    private static PlannedAssignment delivery(String tester, String start, String end) {
        return new PlannedAssignment("delivery", tester, sat(start), sat(end));
    }

    @Test
    void a_sound_plan_has_no_violations() {
        assertThat(check(List.of(quotation("ana", "08:00", "08:30"), delivery("ana", "08:30", "09:30")), List.of())).isEmpty();
    }

    @Test
    void an_assignment_outside_the_testers_slots_or_the_window_is_named() {
        List<PlannedAssignment> outside = List.of(quotation("bob", "07:30", "08:00"),
                new PlannedAssignment("delivery", "ana", sun("17:30"), sun("18:30")));

        assertThat(check(outside, List.of())).containsExactly(
                new FieldViolation("assignments[0].start", "is not inside one of bob's availability slots"),
                new FieldViolation("assignments[1].end", "is after the testing window closes at " + TESTING_END));
    }

    @Test
    void an_assignment_before_the_window_opens_is_named() {
        Tester early = tester("ana", 8, knows(SALES, INVENTORY), slot(sat("05:00"), sat("12:00")));
        Plan plan = new Plan(List.of(quotation("ana", "06:30", "07:00")), List.of(new Unassignable("delivery",
                Unassignable.Reason.PREREQUISITE_UNASSIGNED, "…")));

        assertThat(PlanCheck.check(plan, SCENARIOS, List.of(early), TESTING_START, TESTING_END)).containsExactly(
                new FieldViolation("assignments[0].start", "is before the testing window opens at " + TESTING_START));
    }

    @Test
    void a_tester_who_does_not_know_the_area_is_named() {
        assertThat(check(List.of(quotation("ana", "08:00", "08:30"), delivery("bob", "08:30", "09:30")), List.of()))
                .containsExactly(new FieldViolation("assignments[1].testerId", "bob does not know INVENTORY"));
    }

    @Test
    void an_assignment_must_last_the_scenarios_estimate() {
        assertThat(check(List.of(quotation("ana", "08:00", "08:20"), delivery("ana", "08:30", "09:30")), List.of()))
                .containsExactly(new FieldViolation("assignments[0].end",
                        "must be 30 min after its start (the scenario's estimate), was PT20M"));
    }

    @Test
    void overlapping_assignments_of_a_tester_are_named() {
        Scenario other = critical("invoice", SALES, 30);
        Plan plan = new Plan(List.of(quotation("ana", "08:00", "08:30"),
                new PlannedAssignment("invoice", "ana", sat("08:15"), sat("08:45"))),
                List.of(new Unassignable("delivery", NO_TESTER_FOR_AREA, "…")));

        assertThat(PlanCheck.check(plan, List.of(QUOTATION, DELIVERY, other), TESTERS, TESTING_START, TESTING_END))
                .containsExactly(new FieldViolation("assignments[1].start", "overlaps assignments[0] of ana"));
    }

    @Test
    void a_tester_over_their_maximum_hours_is_named() {
        Scenario longOne = critical("invoice", SALES, 120);
        Plan plan = new Plan(List.of(quotation("ana", "08:00", "08:30"),
                new PlannedAssignment("invoice", "ana", sat("08:30"), sat("10:30"))),
                List.of(new Unassignable("delivery", NO_TESTER_FOR_AREA, "…")));

        assertThat(PlanCheck.check(plan, List.of(QUOTATION, DELIVERY, longOne), TESTERS, TESTING_START, TESTING_END))
                .containsExactly(new FieldViolation("assignments[1].testerId", "ana is given 150 min, over their maximum of 2 h"));
    }

    @Test
    void a_dependent_must_start_after_its_prerequisite_ends_and_only_with_it() {
        assertThat(check(List.of(quotation("bob", "08:00", "08:30"), delivery("ana", "08:15", "09:15")), List.of()))
                .containsExactly(new FieldViolation("assignments[1].start", "is before its prerequisite quotation ends at "
                        + sat("08:30")));
        assertThat(check(List.of(delivery("ana", "08:30", "09:30")),
                List.of(new Unassignable("quotation", NO_TESTER_FOR_AREA, "…"))))
                .containsExactly(new FieldViolation("assignments[0].scenarioId", "its prerequisite quotation is not assigned"));
    }

    @Test
    void every_scenario_is_in_exactly_one_list_once() {
        assertThat(check(List.of(quotation("ana", "08:00", "08:30"), quotation("bob", "09:00", "09:30")),
                List.of(new Unassignable("quotation", NO_TESTER_FOR_AREA, "…"),
                        new Unassignable("ghost", NO_TESTER_FOR_AREA, "…")))).containsExactly(
                new FieldViolation("assignments[1].scenarioId", "quotation is assigned twice"),
                new FieldViolation("unassignable[0].scenarioId", "quotation is assigned too"),
                new FieldViolation("unassignable[1].scenarioId", "names no scenario: \"ghost\""),
                new FieldViolation("plan", "delivery is neither assigned nor listed as unassignable"));
    }

    @Test
    void unknown_scenarios_and_testers_are_named() {
        assertThat(check(List.of(new PlannedAssignment("ghost", "ana", sat("08:00"), sat("08:30")),
                quotation("zoe", "08:00", "08:30"), delivery("ana", "08:30", "09:30")), List.of())).containsExactly(
                new FieldViolation("assignments[0].scenarioId", "names no scenario: \"ghost\""),
                new FieldViolation("assignments[1].testerId", "names no tester: \"zoe\""));
    }
}
