package dev.golive.testing.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CriticalFlowsTest {

    private static final Instant T = Instant.parse("2026-11-17T10:00:00Z");
    private static final List<Scenario> CATALOGUE = ScenarioCatalogue.defaults().scenarios();

    private static TestResult result(String scenario, Outcome outcome, int minute) {
        return new TestResult(scenario, "t1", outcome, outcome == Outcome.PASSED ? null : "why", T.plusSeconds(60L * minute));
    }

    @Test
    void every_critical_flow_is_not_run_without_results() {
        List<CriticalFlows.Flow> flows = CriticalFlows.of(CATALOGUE, List.of());
        assertThat(flows).extracting(f -> f.scenario().id()).containsExactly(ScenarioCatalogue.QUOTATION,
                ScenarioCatalogue.DELIVERY_RECEIPT, ScenarioCatalogue.INVOICE, ScenarioCatalogue.PURCHASE_FLOW,
                ScenarioCatalogue.DAILY_TASKS);
        assertThat(flows).extracting(CriticalFlows.Flow::outcomeName).containsOnly("NOT_RUN");
        assertThat(CriticalFlows.allPassed(flows)).isFalse();
    }

    @Test
    void the_latest_result_of_each_flow_counts_and_normal_scenarios_do_not() {
        List<TestResult> results = new java.util.ArrayList<>();
        CATALOGUE.stream().filter(Scenario::critical).forEach(s -> results.add(result(s.id(), Outcome.PASSED, 1)));
        results.add(result(ScenarioCatalogue.INVOICE, Outcome.FAILED, 2));
        results.add(result(ScenarioCatalogue.REPORTS, Outcome.FAILED, 2));
        List<CriticalFlows.Flow> flows = CriticalFlows.of(CATALOGUE, results);
        assertThat(flows).filteredOn(f -> f.scenario().id().equals(ScenarioCatalogue.INVOICE))
                .extracting(CriticalFlows.Flow::outcomeName).containsExactly("FAILED");
        assertThat(CriticalFlows.allPassed(flows)).isFalse();

        results.add(result(ScenarioCatalogue.INVOICE, Outcome.PASSED, 3));
        assertThat(CriticalFlows.allPassed(CriticalFlows.of(CATALOGUE, results))).isTrue();
    }

    @Test
    void a_catalogue_without_critical_flows_has_nothing_passed() {
        assertThat(CriticalFlows.allPassed(CriticalFlows.of(List.of(), List.of()))).isFalse();
    }
}
