package dev.golive.testing.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.golive.testing.domain.BusinessArea.SALES;
import static dev.golive.testing.domain.Unassignable.Reason.CAPACITY_EXHAUSTED;
import static dev.golive.testing.domain.Weekend.TESTING_START;
import static dev.golive.testing.domain.Weekend.critical;
import static dev.golive.testing.domain.Weekend.knows;
import static dev.golive.testing.domain.Weekend.normal;
import static dev.golive.testing.domain.Weekend.sat;
import static dev.golive.testing.domain.Weekend.slot;
import static dev.golive.testing.domain.Weekend.tester;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlanQualityTest {

    private static final List<Scenario> SCENARIOS = List.of(critical("c1", SALES, 60), critical("c2", SALES, 30),
            critical("c3", SALES, 30), normal("n1", SALES, 90));
    private static final Tester ANA = tester("ana", 8, knows(SALES), slot(sat("07:00"), sat("15:00")));
    private static final Tester BOB = tester("bob", 8, knows(SALES), slot(sat("07:00"), sat("15:00")));
    private static final Tester CLEO = tester("cleo", 8, knows(SALES), slot(sat("07:00"), sat("15:00")));
    private static final Tester AWAY = tester("dan", 8, knows(SALES));
    private static final Tester GONE = tester("eve", 8, knows(SALES), slot(sat("01:00"), sat("06:00")));

    @Test
    void the_figures_of_a_plan() {
        Plan plan = new Plan(List.of(
                new PlannedAssignment("c1", "ana", sat("07:00"), sat("08:00")),
                new PlannedAssignment("c2", "bob", sat("09:00"), sat("09:30")),
                new PlannedAssignment("n1", "ana", sat("08:00"), sat("09:30"))),
                List.of(new Unassignable("c3", CAPACITY_EXHAUSTED, "…")));

        PlanQuality quality = PlanQuality.of(plan, SCENARIOS, List.of(ANA, BOB, CLEO, AWAY, GONE), TESTING_START);

        assertThat(quality).isEqualTo(new PlanQuality(4, 3, 3, 2, sat("09:30"), Duration.ofMinutes(105), 150));
    }

    @Test
    void testers_without_availability_in_the_weekend_do_not_count_in_the_spread() {
        Plan plan = new Plan(List.of(
                new PlannedAssignment("c1", "ana", sat("07:00"), sat("08:00")),
                new PlannedAssignment("c2", "bob", sat("07:00"), sat("07:30")),
                new PlannedAssignment("c3", "bob", sat("07:30"), sat("08:00")),
                new PlannedAssignment("n1", "ana", sat("08:00"), sat("09:30"))), List.of());

        assertThat(PlanQuality.of(plan, SCENARIOS, List.of(ANA, BOB, AWAY, GONE), TESTING_START).loadSpreadMinutes())
                .isEqualTo(90);
    }

    @Test
    void an_empty_plan_has_no_critical_figures_and_no_spread() {
        PlanQuality quality = PlanQuality.of(new Plan(List.of(), List.of()), List.of(), List.of(), TESTING_START);

        assertThat(quality).isEqualTo(new PlanQuality(0, 0, 0, 0, null, null, 0));
    }
}
