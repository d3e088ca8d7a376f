package dev.golive.testing.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.golive.testing.domain.BusinessArea.INVENTORY;
import static dev.golive.testing.domain.BusinessArea.REPORTING;
import static dev.golive.testing.domain.BusinessArea.SALES;
import static dev.golive.testing.domain.Outcome.BLOCKED;
import static dev.golive.testing.domain.Outcome.FAILED;
import static dev.golive.testing.domain.Outcome.PASSED;
import static dev.golive.testing.domain.Weekend.critical;
import static dev.golive.testing.domain.Weekend.normal;
import static dev.golive.testing.domain.Weekend.sat;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoverageTest {

    private static final List<Scenario> SCENARIOS = List.of(
            critical("quotation", SALES, 30),
            normal("pricelist", SALES, 30),
            normal("portal-order", SALES, 30),
            critical("delivery", INVENTORY, 45),
            critical("receipt", INVENTORY, 45),
            normal("dashboards", REPORTING, 45));

    private static TestResult result(String scenario, Outcome outcome, Instant at) {
        return new TestResult(scenario, "ana", outcome, outcome == PASSED ? null : "see ticket", at);
    }

    @Test
    void each_area_counts_its_scenarios_by_their_latest_result() {
        List<TestResult> results = List.of(
                result("quotation", FAILED, sat("09:00")),
                result("quotation", PASSED, sat("11:00")),
                result("pricelist", BLOCKED, sat("09:30")),
                result("delivery", PASSED, sat("10:00")),
                result("delivery", FAILED, sat("12:00")),
                result("dashboards", PASSED, sat("10:00")));

        Coverage coverage = Coverage.of(SCENARIOS, results);

        assertThat(coverage.byArea()).containsOnlyKeys(SALES, INVENTORY, REPORTING);
        assertThat(coverage.byArea().get(SALES)).isEqualTo(new Coverage.Counts(3, 1, 0, 1, 1, 1));
        assertThat(coverage.byArea().get(SALES).untested()).isEqualTo(1);
        assertThat(coverage.byArea().get(INVENTORY)).isEqualTo(new Coverage.Counts(2, 0, 1, 0, 2, 0));
        assertThat(coverage.byArea().get(REPORTING)).isEqualTo(new Coverage.Counts(1, 1, 0, 0, 0, 0));
        assertThat(coverage.total()).isEqualTo(new Coverage.Counts(6, 2, 1, 1, 3, 1));
    }

    @Test
    void the_areas_come_in_their_usual_order() {
        assertThat(Coverage.of(SCENARIOS, List.of()).byArea().keySet()).containsExactly(SALES, INVENTORY, REPORTING);
    }

    @Test
    void results_of_scenarios_not_in_the_list_are_ignored() {
        Coverage coverage = Coverage.of(SCENARIOS, List.of(result("removed-scenario", PASSED, sat("09:00"))));

        assertThat(coverage.total()).isEqualTo(new Coverage.Counts(6, 0, 0, 0, 3, 0));
        assertThat(coverage.total().untested()).isEqualTo(6);
    }

    @Test
    void no_scenarios_is_no_coverage() {
        Coverage coverage = Coverage.of(List.of(), List.of());

        assertThat(coverage.byArea()).isEmpty();
        assertThat(coverage.total()).isEqualTo(new Coverage.Counts(0, 0, 0, 0, 0, 0));
    }

    @Test
    void of_two_results_recorded_at_the_same_instant_the_later_in_the_list_counts() {
        List<TestResult> results = List.of(result("quotation", FAILED, sat("09:00")), result("quotation", PASSED, sat("09:00")));

        assertThat(TestResults.latest(results).get("quotation").outcome()).isEqualTo(PASSED);
        assertThat(TestResults.latest(List.of(results.get(1), results.get(0))).get("quotation").outcome()).isEqualTo(FAILED);
    }
}
