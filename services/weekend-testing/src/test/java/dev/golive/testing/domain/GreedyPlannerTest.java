package dev.golive.testing.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.golive.testing.domain.BusinessArea.INVENTORY;
import static dev.golive.testing.domain.BusinessArea.SALES;
import static dev.golive.testing.domain.Unassignable.Reason.CAPACITY_EXHAUSTED;
import static dev.golive.testing.domain.Weekend.TESTING_END;
import static dev.golive.testing.domain.Weekend.TESTING_START;
import static dev.golive.testing.domain.Weekend.after;
import static dev.golive.testing.domain.Weekend.critical;
import static dev.golive.testing.domain.Weekend.knows;
import static dev.golive.testing.domain.Weekend.normal;
import static dev.golive.testing.domain.Weekend.sat;
import static dev.golive.testing.domain.Weekend.slot;
import static dev.golive.testing.domain.Weekend.tester;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GreedyPlannerTest {

    private static Plan greedy(List<Scenario> scenarios, List<Tester> testers) {
        return GreedyPlanner.plan(scenarios, testers, TESTING_START, TESTING_END);
    }

    @Test
    void scenarios_go_in_input_order_to_the_first_tester_with_room() {
        Tester ana = tester("ana", 8, knows(SALES), slot(sat("09:00"), sat("15:00")));
        Tester bob = tester("bob", 8, knows(SALES), slot(sat("07:00"), sat("15:00")));

        Plan plan = greedy(List.of(normal("a", SALES, 60), critical("b", SALES, 30)), List.of(ana, bob));

        assertThat(plan.assignments()).containsExactly(
                new PlannedAssignment("a", "ana", sat("09:00"), sat("10:00")),
                new PlannedAssignment("b", "ana", sat("10:00"), sat("10:30")));
    }

    @Test
    void without_priorities_a_normal_scenario_can_take_the_hours_a_critical_one_needed() {
        Tester ana = tester("ana", 1, knows(SALES), slot(sat("07:00"), sat("15:00")));
        List<Scenario> scenarios = List.of(normal("reports", SALES, 60), critical("quotation", SALES, 60));

        assertThat(greedy(scenarios, List.of(ana)).unassignable()).extracting(Unassignable::scenarioId, Unassignable::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quotation", CAPACITY_EXHAUSTED));
        assertThat(TestPlanner.plan(scenarios, List.of(ana), TESTING_START, TESTING_END).assignmentOf("quotation")).isPresent();
    }

    @Test
    void a_dependent_given_before_its_prerequisite_waits_for_it() {
        Tester ana = tester("ana", 8, knows(SALES, INVENTORY), slot(sat("07:00"), sat("15:00")));
        List<Scenario> scenarios = List.of(after("quotation", critical("delivery", INVENTORY, 45)), critical("quotation", SALES, 30));

        Plan plan = greedy(scenarios, List.of(ana));

        assertThat(plan.assignments()).containsExactly(
                new PlannedAssignment("quotation", "ana", sat("07:00"), sat("07:30")),
                new PlannedAssignment("delivery", "ana", sat("07:30"), sat("08:15")));
    }
}
