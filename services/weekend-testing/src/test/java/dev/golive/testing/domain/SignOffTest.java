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
import static dev.golive.testing.domain.Weekend.sun;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SignOffTest {

    private static final List<Scenario> SCENARIOS = List.of(critical("quotation", SALES, 30),
            critical("delivery", INVENTORY, 45), normal("dashboards", REPORTING, 45));

    private static TestResult result(String scenario, Outcome outcome, Instant at) {
        return new TestResult(scenario, "ana", outcome, outcome == PASSED ? null : "see ticket", at);
    }

    @Test
    void the_weekend_signs_off_when_every_critical_scenario_has_passed() {
        List<TestResult> results = List.of(result("quotation", PASSED, sat("09:00")), result("delivery", PASSED, sat("10:00")));

        assertThat(SignOff.ready(SCENARIOS, results)).isTrue();
        assertThat(SignOff.pending(SCENARIOS, results)).isEmpty();
    }

    @Test
    void a_normal_scenario_that_failed_does_not_hold_it_up() {
        List<TestResult> results = List.of(result("quotation", PASSED, sat("09:00")), result("delivery", PASSED, sat("10:00")),
                result("dashboards", FAILED, sat("11:00")));

        assertThat(SignOff.ready(SCENARIOS, results)).isTrue();
    }

    @Test
    void an_untested_failed_or_blocked_critical_scenario_holds_it_up() {
        assertThat(SignOff.pending(SCENARIOS, List.of())).containsExactly("quotation", "delivery");
        assertThat(SignOff.ready(SCENARIOS, List.of(result("quotation", PASSED, sat("09:00")),
                result("delivery", BLOCKED, sat("10:00"))))).isFalse();
        assertThat(SignOff.pending(SCENARIOS, List.of(result("quotation", FAILED, sat("09:00")),
                result("delivery", PASSED, sat("10:00"))))).containsExactly("quotation");
    }

    @Test
    void only_the_latest_result_counts() {
        List<TestResult> fixedOnSunday = List.of(result("quotation", FAILED, sat("09:00")), result("delivery", PASSED, sat("10:00")),
                result("quotation", PASSED, sun("10:00")));
        List<TestResult> brokenAgain = List.of(result("quotation", PASSED, sat("09:00")), result("delivery", PASSED, sat("10:00")),
                result("delivery", FAILED, sun("10:00")));

        assertThat(SignOff.ready(SCENARIOS, fixedOnSunday)).isTrue();
        assertThat(SignOff.ready(SCENARIOS, brokenAgain)).isFalse();
    }

    @Test
    void a_catalogue_without_critical_scenarios_has_nothing_to_sign_off() {
        List<Scenario> normalOnly = List.of(normal("dashboards", REPORTING, 45));

        assertThat(SignOff.ready(normalOnly, List.of(result("dashboards", PASSED, sat("09:00"))))).isFalse();
        assertThat(SignOff.ready(List.of(), List.of())).isFalse();
    }
}
