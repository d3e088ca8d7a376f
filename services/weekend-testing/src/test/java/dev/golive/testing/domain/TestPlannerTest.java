package dev.golive.testing.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.golive.testing.domain.BusinessArea.INVENTORY;
import static dev.golive.testing.domain.BusinessArea.INVOICING;
import static dev.golive.testing.domain.BusinessArea.MANUFACTURING;
import static dev.golive.testing.domain.BusinessArea.OTHER;
import static dev.golive.testing.domain.BusinessArea.PURCHASE;
import static dev.golive.testing.domain.BusinessArea.REPORTING;
import static dev.golive.testing.domain.BusinessArea.SALES;
import static dev.golive.testing.domain.BusinessArea.WEBSITE;
import static dev.golive.testing.domain.Unassignable.Reason.CAPACITY_EXHAUSTED;
import static dev.golive.testing.domain.Unassignable.Reason.DOES_NOT_FIT_BEFORE_END;
import static dev.golive.testing.domain.Unassignable.Reason.NO_AVAILABILITY_LEFT;
import static dev.golive.testing.domain.Unassignable.Reason.NO_TESTER_FOR_AREA;
import static dev.golive.testing.domain.Unassignable.Reason.PREREQUISITE_UNASSIGNED;
import static dev.golive.testing.domain.Weekend.TESTING_END;
import static dev.golive.testing.domain.Weekend.TESTING_START;
import static dev.golive.testing.domain.Weekend.after;
import static dev.golive.testing.domain.Weekend.critical;
import static dev.golive.testing.domain.Weekend.knows;
import static dev.golive.testing.domain.Weekend.normal;
import static dev.golive.testing.domain.Weekend.plan;
import static dev.golive.testing.domain.Weekend.sat;
import static dev.golive.testing.domain.Weekend.slot;
import static dev.golive.testing.domain.Weekend.sun;
import static dev.golive.testing.domain.Weekend.tester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TestPlannerTest {

    private static PlannedAssignment assignment(Plan plan, String scenarioId) {
        return plan.assignmentOf(scenarioId).orElseThrow(() -> new AssertionError(scenarioId + " is not assigned: " + plan));
    }

    @Test
    void critical_scenarios_land_before_normal_ones_when_capacity_allows() {
        Tester ana = tester("ana", 8, knows(SALES, INVOICING), slot(sat("07:00"), sat("15:00")));
        List<Scenario> scenarios = List.of(normal("n1", SALES, 60), normal("n2", INVOICING, 45),
                critical("c1", SALES, 30), critical("c2", INVOICING, 45));

        Plan plan = plan(scenarios, List.of(ana));

        assertThat(plan.unassignable()).isEmpty();
        Instant lastCriticalEnd = assignment(plan, "c2").end();
        assertThat(assignment(plan, "c1").start()).isEqualTo(sat("07:00"));
        assertThat(lastCriticalEnd).isEqualTo(sat("08:15"));
        assertThat(assignment(plan, "n1").start()).isAfterOrEqualTo(lastCriticalEnd);
        assertThat(assignment(plan, "n2").start()).isAfterOrEqualTo(lastCriticalEnd);
    }

    @Test
    void the_shorter_critical_scenario_goes_first_so_the_sum_of_their_ends_is_smallest() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sat("07:00"), sat("15:00")));

        Plan plan = plan(List.of(critical("long", SALES, 90), critical("short", SALES, 30)), List.of(ana));

        assertThat(assignment(plan, "short").end()).isEqualTo(sat("07:30"));
        assertThat(assignment(plan, "long").end()).isEqualTo(sat("09:00"));
    }

    @Test
    void a_critical_scenario_goes_to_the_tester_who_can_finish_it_earliest() {
        Tester late = tester("ana", 8, knows(SALES), slot(sat("10:00"), sat("18:00")));
        Tester early = tester("bob", 8, knows(SALES), slot(sat("08:00"), sat("09:00")));

        Plan plan = plan(List.of(critical("quotation", SALES, 45)), List.of(late, early));

        assertThat(plan.assignments()).containsExactly(
                new PlannedAssignment("quotation", "bob", sat("08:00"), sat("08:45")));
    }

    @Test
    void when_hours_are_short_the_critical_scenario_gets_them_whatever_the_input_order() {
        Tester ana = tester("ana", 1, knows(SALES), slot(sat("07:00"), sat("15:00")));

        Plan plan = plan(List.of(normal("reports", SALES, 60), critical("quotation", SALES, 60)), List.of(ana));

        assertThat(plan.assignments()).extracting(PlannedAssignment::scenarioId).containsExactly("quotation");
        assertThat(plan.unassignable()).extracting(Unassignable::scenarioId, Unassignable::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reports", CAPACITY_EXHAUSTED));
    }

    @Test
    void a_dependent_lands_after_its_prerequisite_even_with_another_tester_free_earlier() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sat("09:00"), sat("12:00")));
        Tester bob = tester("bob", 8, knows(INVENTORY), slot(sat("07:00"), sat("12:00")));
        List<Scenario> scenarios = List.of(after("quotation", critical("delivery", INVENTORY, 45)),
                critical("quotation", SALES, 30));

        Plan plan = plan(scenarios, List.of(ana, bob));

        assertThat(assignment(plan, "quotation")).isEqualTo(new PlannedAssignment("quotation", "ana", sat("09:00"), sat("09:30")));
        assertThat(assignment(plan, "delivery")).isEqualTo(new PlannedAssignment("delivery", "bob", sat("09:30"), sat("10:15")));
    }

    @Test
    void a_normal_prerequisite_of_a_critical_scenario_is_planned_as_early_as_the_critical_one() {
        Tester ana = tester("ana", 8, knows(SALES, INVENTORY), slot(sat("07:00"), sat("15:00")));
        List<Scenario> scenarios = List.of(normal("n1", SALES, 60), normal("n2", SALES, 60),
                after("setup", critical("delivery", INVENTORY, 30)), normal("setup", SALES, 30));

        Plan plan = plan(scenarios, List.of(ana));

        assertThat(assignment(plan, "setup").start()).isEqualTo(sat("07:00"));
        assertThat(assignment(plan, "delivery").start()).isEqualTo(sat("07:30"));
    }

    @Test
    void a_scenario_only_goes_to_a_tester_who_knows_its_area() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sat("07:00"), sat("15:00")));
        Tester bob = tester("bob", 8, knows(INVENTORY), slot(sat("07:00"), sat("15:00")));

        Plan plan = plan(List.of(normal("quotation", SALES, 30), normal("receipt", INVENTORY, 30)), List.of(ana, bob));

        assertThat(assignment(plan, "quotation").testerId()).isEqualTo("ana");
        assertThat(assignment(plan, "receipt").testerId()).isEqualTo("bob");
    }

    @Test
    void nobody_knowing_the_area_leaves_the_scenario_and_its_dependents_out() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sat("07:00"), sat("15:00")));
        List<Scenario> scenarios = List.of(normal("bom", MANUFACTURING, 60), after("bom", normal("work-order", SALES, 30)),
                after("work-order", normal("invoice-wo", SALES, 30)));

        Plan plan = plan(scenarios, List.of(ana));

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unassignable()).containsExactly(
                new Unassignable("bom", NO_TESTER_FOR_AREA, "no tester knows MANUFACTURING"),
                new Unassignable("work-order", PREREQUISITE_UNASSIGNED, "its prerequisite bom is not assigned"),
                new Unassignable("invoice-wo", PREREQUISITE_UNASSIGNED, "its prerequisite work-order is not assigned"));
    }

    @Test
    void a_tester_is_never_given_more_than_their_maximum_hours() {
        Tester ana = tester("ana", 1, knows(SALES), slot(sat("07:00"), sat("15:00")));

        Plan plan = plan(List.of(normal("a", SALES, 45), normal("b", SALES, 45)), List.of(ana));

        assertThat(plan.assignments()).extracting(PlannedAssignment::scenarioId).containsExactly("a");
        assertThat(plan.unassignable()).containsExactly(new Unassignable("b", CAPACITY_EXHAUSTED,
                "needs 45 min, but the testers who know SALES (1) have at most 15 min left under their maximum hours"));
    }

    @Test
    void a_scenario_longer_than_anyone_may_test_is_a_matter_of_capacity() {
        Tester ana = tester("ana", 2, knows(SALES), slot(sat("07:00"), sat("15:00")));

        Plan plan = plan(List.of(normal("migration-review", SALES, 180)), List.of(ana));

        assertThat(plan.unassignable()).extracting(Unassignable::reason).containsExactly(CAPACITY_EXHAUSTED);
    }

    @Test
    void a_full_availability_is_no_availability_left() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sat("07:00"), sat("08:00")), slot(sat("10:00"), sat("10:40")));

        Plan plan = plan(List.of(normal("a", SALES, 45), normal("b", SALES, 45)), List.of(ana));

        assertThat(assignment(plan, "a").start()).isEqualTo(sat("07:00"));
        assertThat(plan.unassignable()).containsExactly(new Unassignable("b", NO_AVAILABILITY_LEFT,
                "needs 45 min, but none of the testers who know SALES and have the hours left (1) has that much free time"
                        + " in their availability"));
    }

    @Test
    void time_available_only_after_the_testing_window_ends_does_not_fit() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sun("17:30"), sun("20:00")));

        Plan plan = plan(List.of(normal("a", SALES, 60)), List.of(ana));

        assertThat(plan.unassignable()).containsExactly(new Unassignable("a", DOES_NOT_FIT_BEFORE_END,
                "needs 60 min, but a tester who knows SALES would have them only after the testing window ends at "
                        + TESTING_END));
    }

    @Test
    void a_prerequisite_ending_too_late_pushes_its_dependent_past_the_window() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sun("16:30"), sun("17:30")));
        Tester bob = tester("bob", 8, knows(INVENTORY), slot(sat("07:00"), sun("20:00")));
        List<Scenario> scenarios = List.of(critical("quotation", SALES, 60), after("quotation", critical("delivery", INVENTORY, 45)));

        Plan plan = plan(scenarios, List.of(ana, bob));

        assertThat(plan.unassignable()).containsExactly(new Unassignable("delivery", DOES_NOT_FIT_BEFORE_END,
                "needs 45 min after its prerequisite quotation ends at " + sun("17:30") + ", but a tester who knows"
                        + " INVENTORY would have them only after the testing window ends at " + TESTING_END));
    }

    @Test
    void a_prerequisite_ending_after_the_last_availability_leaves_no_availability() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sun("16:30"), sun("17:30")));
        Tester bob = tester("bob", 8, knows(INVENTORY), slot(sat("07:00"), sun("17:00")));
        List<Scenario> scenarios = List.of(critical("quotation", SALES, 60), after("quotation", critical("delivery", INVENTORY, 45)));

        Plan plan = plan(scenarios, List.of(ana, bob));

        assertThat(plan.unassignable()).extracting(Unassignable::reason).containsExactly(NO_AVAILABILITY_LEFT);
    }

    @Test
    void availability_reaching_outside_the_testing_window_is_used_only_inside_it() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sat("05:00"), sat("09:00")));
        Tester bob = tester("bob", 8, knows(INVOICING), slot(sun("17:00"), sun("23:00")));

        Plan plan = plan(List.of(critical("quotation", SALES, 30), critical("invoice", INVOICING, 60)), List.of(ana, bob));

        assertThat(plan.assignments()).containsExactly(
                new PlannedAssignment("quotation", "ana", TESTING_START, sat("07:30")),
                new PlannedAssignment("invoice", "bob", sun("17:00"), TESTING_END));
    }

    @Test
    void a_scenario_left_out_gets_room_by_moving_a_normal_one_to_another_tester() {
        Tester ana = tester("ana", 8, knows(SALES, INVENTORY), slot(sat("07:00"), sat("08:00")));
        Tester bob = tester("bob", 8, knows(SALES), slot(sat("07:00"), sat("07:30")));

        Plan plan = plan(List.of(normal("pricelist", SALES, 30), normal("stock-count", INVENTORY, 60)), List.of(ana, bob));

        assertThat(plan.unassignable()).isEmpty();
        assertThat(assignment(plan, "stock-count")).isEqualTo(
                new PlannedAssignment("stock-count", "ana", sat("07:00"), sat("08:00")));
        assertThat(assignment(plan, "pricelist").testerId()).isEqualTo("bob");
    }

    @Test
    void a_scenario_is_not_moved_to_make_room_if_it_would_then_end_after_its_dependent_starts() {
        Tester ana = tester("ana", 8, knows(SALES, INVENTORY), slot(sat("07:00"), sat("08:00")));
        Tester bob = tester("bob", 8, knows(SALES), slot(sat("09:00"), sat("10:00")));
        Tester cleo = tester("cleo", 8, knows(REPORTING), slot(sat("07:00"), sat("12:00")));
        List<Scenario> scenarios = List.of(normal("pricelist", SALES, 30), after("pricelist", normal("price-report", REPORTING, 30)),
                normal("stock-count", INVENTORY, 60));

        Plan plan = plan(scenarios, List.of(ana, bob, cleo));

        assertThat(assignment(plan, "pricelist")).isEqualTo(new PlannedAssignment("pricelist", "ana", sat("07:00"), sat("07:30")));
        assertThat(assignment(plan, "price-report").start()).isEqualTo(sat("07:30"));
        assertThat(plan.unassignable()).extracting(Unassignable::scenarioId, Unassignable::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stock-count", NO_AVAILABILITY_LEFT));
    }

    @Test
    void the_load_is_balanced_between_testers_who_can_share_it() {
        Tester ana = tester("ana", 8, knows(SALES, REPORTING), slot(sat("07:00"), sat("15:00")));
        Tester bob = tester("bob", 8, knows(SALES, REPORTING), slot(sat("07:00"), sat("15:00")));
        Tester cleo = tester("cleo", 8, knows(REPORTING), slot(sat("07:00"), sat("15:00")));
        List<Scenario> scenarios = List.of(normal("a", SALES, 60), normal("b", SALES, 60), normal("c", SALES, 60),
                normal("d", REPORTING, 60), normal("e", REPORTING, 60), normal("f", REPORTING, 60));

        Plan plan = plan(scenarios, List.of(ana, bob, cleo));

        assertThat(plan.minutesByTester()).containsOnlyKeys("ana", "bob", "cleo").allSatisfy((who, minutes) ->
                assertThat(minutes).isEqualTo(120L));
    }

    @Test
    void the_default_catalogue_plans_in_full_with_three_power_users() {
        Tester ana = tester("ana", 6, knows(SALES, INVENTORY, INVOICING), slot(sat("07:00"), sat("12:00")));
        Tester bob = tester("bob", 6, knows(PURCHASE, MANUFACTURING, OTHER), slot(sat("07:00"), sat("12:00")));
        Tester cleo = tester("cleo", 4, knows(REPORTING, WEBSITE, OTHER), slot(sat("09:00"), sat("13:00")));
        List<Scenario> catalogue = ScenarioCatalogue.defaults().scenarios();

        Plan plan = plan(catalogue, List.of(ana, bob, cleo));

        assertThat(plan.unassignable()).isEmpty();
        assertThat(assignment(plan, ScenarioCatalogue.DELIVERY_RECEIPT).start())
                .isAfterOrEqualTo(assignment(plan, ScenarioCatalogue.QUOTATION).end());
        assertThat(PlanCheck.check(plan, catalogue, List.of(ana, bob, cleo), TESTING_START, TESTING_END)).isEmpty();
    }

    @Test
    void the_same_input_gives_the_same_plan() {
        Tester ana = tester("ana", 3, knows(SALES, OTHER), slot(sat("07:00"), sat("10:00")));
        Tester bob = tester("bob", 3, knows(SALES, OTHER), slot(sat("08:00"), sat("11:00")));
        List<Scenario> scenarios = List.of(normal("a", SALES, 45), critical("b", OTHER, 30), normal("c", OTHER, 60),
                after("b", critical("d", SALES, 45)), normal("e", SALES, 20));

        assertThat(plan(scenarios, List.of(ana, bob))).isEqualTo(plan(scenarios, List.of(ana, bob)));
    }

    @Test
    void no_scenarios_is_an_empty_plan_and_no_testers_leaves_every_scenario_out() {
        assertThat(plan(List.of(), List.of(tester("ana", 8, knows(SALES))))).isEqualTo(new Plan(List.of(), List.of()));
        assertThat(plan(List.of(normal("a", SALES, 30), normal("b", OTHER, 30)), List.of()).unassignable())
                .extracting(Unassignable::reason).containsExactly(NO_TESTER_FOR_AREA, NO_TESTER_FOR_AREA);
    }

    @Test
    void invalid_input_is_refused_rather_than_planned() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sat("07:00"), sat("15:00")));
        List<Scenario> cycle = List.of(after("b", normal("a", SALES, 30)), after("a", normal("b", SALES, 30)));

        assertThatThrownBy(() -> plan(cycle, List.of(ana))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forms a cycle");
        assertThatThrownBy(() -> plan(List.of(normal("a", SALES, 30)), List.of(tester("ana", 0, knows(SALES)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHours");
        assertThatThrownBy(() -> TestPlanner.plan(List.of(), List.of(), TESTING_END, TESTING_START))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_window_off_the_whole_second_is_rounded_inwards() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sat("06:00"), sat("15:00")));

        Plan plan = TestPlanner.plan(List.of(normal("a", SALES, 30)), List.of(ana), TESTING_START.plusMillis(1), TESTING_END);

        assertThat(assignment(plan, "a").start()).isEqualTo(TESTING_START.plusSeconds(1));
    }
}
