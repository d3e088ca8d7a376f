package dev.golive.planner.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.golive.planner.domain.GateState.FAILED;
import static dev.golive.planner.domain.GateState.PASSED;
import static dev.golive.planner.domain.GateState.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

/** The gate evaluation as a table: facts recorded, then the state and reasons of one gate. */
class GoNoGoGatesTest {

    private static final Instant DOWNTIME = Instant.parse("2026-12-11T16:00:00Z");

    private static GateEvidence.SummaryItem item(String id, String rehearsal) {
        return new GateEvidence.SummaryItem(id, rehearsal, "CHANGED_FIELD", "sale.order", "state",
                "selection values changed", "olivia");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // staging rehearsal
                row("no staging verdict", e -> { }, Gate.STAGING_REHEARSAL, UNKNOWN,
                        "no staging verdict from staging-refresh yet"),
                row("staging ready", e -> e.stagingReadiness(true, List.of()), Gate.STAGING_REHEARSAL, PASSED),
                row("staging stale: its reasons carried", e -> e.stagingReadiness(false, List.of("STALE", "DRIFTED")),
                        Gate.STAGING_REHEARSAL, FAILED, "STALE", "DRIFTED"),
                row("only open summary items: the summary gate's business",
                        e -> e.stagingReadiness(false, List.of("OPEN_SUMMARY_ITEMS")), Gate.STAGING_REHEARSAL, PASSED),
                row("open summary items left out of the staging reasons",
                        e -> e.stagingReadiness(false, List.of("STALE", "OPEN_SUMMARY_ITEMS")), Gate.STAGING_REHEARSAL,
                        FAILED, "STALE"),
                // upgrade summary
                row("no successful rehearsal", e -> { }, Gate.UPGRADE_SUMMARY_REVIEWED, UNKNOWN,
                        "no successful rehearsal yet, so no upgrade summary to review"),
                row("successful rehearsal, nothing raised", e -> e.rehearsalCompleted("r1", "SUCCEEDED"),
                        Gate.UPGRADE_SUMMARY_REVIEWED, PASSED),
                row("failed rehearsal is no basis", e -> e.rehearsalCompleted("r1", "FAILED"),
                        Gate.UPGRADE_SUMMARY_REVIEWED, UNKNOWN, "no successful rehearsal yet, so no upgrade summary to review"),
                row("open item of the latest success", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.summaryItemRaised(item("i1", "r1"));
                }, Gate.UPGRADE_SUMMARY_REVIEWED, FAILED,
                        "open summary item i1: CHANGED_FIELD sale.order.state - selection values changed (owner olivia)"),
                row("item resolved", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.summaryItemRaised(item("i1", "r1"));
                    e.summaryItemResolved("i1");
                }, Gate.UPGRADE_SUMMARY_REVIEWED, PASSED),
                row("open item of an older rehearsal no longer counts", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.summaryItemRaised(item("i1", "r1"));
                    e.rehearsalCompleted("r2", "SUCCEEDED");
                }, Gate.UPGRADE_SUMMARY_REVIEWED, PASSED),
                row("staging reports open items the planner has not seen", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.stagingReadiness(false, List.of("OPEN_SUMMARY_ITEMS"));
                }, Gate.UPGRADE_SUMMARY_REVIEWED, FAILED,
                        "staging-refresh reports OPEN_SUMMARY_ITEMS in the latest successful rehearsal's summary"),
                row("staging ready says the summary is clean", e -> e.stagingReadiness(true, List.of()),
                        Gate.UPGRADE_SUMMARY_REVIEWED, PASSED),
                // forecast
                row("no forecast yet", e -> { }, Gate.UPGRADE_FORECAST_FITS, UNKNOWN,
                        "no successful rehearsal yet, so no forecast"),
                row("successful rehearsal without alert", e -> e.rehearsalCompleted("r1", "SUCCEEDED"),
                        Gate.UPGRADE_FORECAST_FITS, PASSED),
                row("forecast exceeds the window", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.forecastExceeded(new GateEvidence.ForecastExceeded("r1", Duration.ofHours(5), Duration.ofHours(4),
                            Duration.ofHours(1)));
                }, Gate.UPGRADE_FORECAST_FITS, FAILED,
                        "the production upgrade forecast PT5H from rehearsal r1 exceeds the expected downtime PT4H by PT1H"),
                row("a later successful rehearsal passes it", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.forecastExceeded(new GateEvidence.ForecastExceeded("r1", Duration.ofHours(5), Duration.ofHours(4),
                            Duration.ofHours(1)));
                    e.rehearsalCompleted("r2", "SUCCEEDED");
                }, Gate.UPGRADE_FORECAST_FITS, PASSED),
                // integrations
                row("no cutover-wide verdict", e -> { }, Gate.INTEGRATIONS_READY, UNKNOWN,
                        "no cutover-wide verdict from integration-readiness yet"),
                row("integrations ready", e -> e.integrationReadiness(true, List.of()), Gate.INTEGRATIONS_READY, PASSED),
                row("integrations not ready, reasons carried",
                        e -> e.integrationReadiness(false, List.of("carrier: no live-verification plan")),
                        Gate.INTEGRATIONS_READY, FAILED, "carrier: no live-verification plan"),
                // scenarios
                row("no plan", e -> { }, Gate.CRITICAL_SCENARIOS_ASSIGNED, UNKNOWN,
                        "no weekend test plan published yet"),
                row("everything assigned", e -> e.planPublished(new GateEvidence.TestPlan("p1", 3, List.of())),
                        Gate.CRITICAL_SCENARIOS_ASSIGNED, PASSED),
                row("nothing assigned", e -> e.planPublished(new GateEvidence.TestPlan("p1", 0, List.of())),
                        Gate.CRITICAL_SCENARIOS_ASSIGNED, FAILED, "the published plan p1 assigns no scenario"),
                row("an unassigned scenario of unstated criticality", e -> e.planPublished(new GateEvidence.TestPlan("p1", 2,
                        List.of(new GateEvidence.UnassignedScenario("S-7", "Invoice a delivery", "NO_TESTER: none free", null)))),
                        Gate.CRITICAL_SCENARIOS_ASSIGNED, FAILED,
                        "scenario S-7 (Invoice a delivery) is unassigned: NO_TESTER: none free; the plan does not say it is not critical"),
                row("an unassigned critical scenario", e -> e.planPublished(new GateEvidence.TestPlan("p1", 2,
                        List.of(new GateEvidence.UnassignedScenario("S-7", "Invoice a delivery", "NO_TESTER: none free", true)))),
                        Gate.CRITICAL_SCENARIOS_ASSIGNED, FAILED,
                        "scenario S-7 (Invoice a delivery) is unassigned: NO_TESTER: none free"),
                row("only a non-critical scenario unassigned", e -> e.planPublished(new GateEvidence.TestPlan("p1", 2,
                        List.of(new GateEvidence.UnassignedScenario("S-8", "Print a label", "NO_TESTER: none free", false)))),
                        Gate.CRITICAL_SCENARIOS_ASSIGNED, PASSED),
                // on call
                row("no roster", e -> { }, Gate.ON_CALL_COVERED, UNKNOWN,
                        "no on-call roster published yet"),
                row("roster without gaps", e -> e.rosterPublished(List.of()), Gate.ON_CALL_COVERED, PASSED),
                row("roster with a gap", e -> e.rosterPublished(List.of(new GateEvidence.RosterGap("PRIMARY",
                        DOWNTIME, DOWNTIME.plusSeconds(3600)))), Gate.ON_CALL_COVERED, FAILED,
                        "nobody on call as PRIMARY from 2026-12-11T16:00:00Z to 2026-12-11T17:00:00Z"),
                // incidents
                row("no incident is the normal state", e -> { }, Gate.NO_OPEN_CRITICAL_INCIDENT, PASSED),
                row("open critical incident before downtime",
                        e -> e.incident("x1", "Stock moves lost", "CRITICAL", "OPEN", DOWNTIME.minusSeconds(60)),
                        Gate.NO_OPEN_CRITICAL_INCIDENT, FAILED, "critical incident x1 (Stock moves lost) is OPEN"),
                row("mitigated critical incident still unresolved",
                        e -> e.incident("x1", "Stock moves lost", "CRITICAL", "MITIGATED", DOWNTIME.minusSeconds(60)),
                        Gate.NO_OPEN_CRITICAL_INCIDENT, FAILED, "critical incident x1 (Stock moves lost) is MITIGATED"),
                row("high incident does not block",
                        e -> e.incident("x1", "Slow report", "HIGH", "OPEN", DOWNTIME.minusSeconds(60)),
                        Gate.NO_OPEN_CRITICAL_INCIDENT, PASSED),
                row("critical incident raised to critical by an update", e -> {
                    e.incident("x1", "Stock moves lost", "HIGH", "OPEN", DOWNTIME.minusSeconds(60));
                    e.incident("x1", null, "CRITICAL", "OPEN", null);
                }, Gate.NO_OPEN_CRITICAL_INCIDENT, FAILED, "critical incident x1 (Stock moves lost) is OPEN"),
                row("resolved critical incident", e -> {
                    e.incident("x1", "Stock moves lost", "CRITICAL", "OPEN", DOWNTIME.minusSeconds(60));
                    e.incidentResolved("x1");
                }, Gate.NO_OPEN_CRITICAL_INCIDENT, PASSED),
                row("critical incident of the weekend itself does not count",
                        e -> e.incident("x1", "Stock moves lost", "CRITICAL", "OPEN", DOWNTIME.plusSeconds(60)),
                        Gate.NO_OPEN_CRITICAL_INCIDENT, PASSED));
    }

    private static Arguments row(String name, Consumer<GateEvidence> facts, Gate gate, GateState state,
                                 String... reasons) {
        return Arguments.of(name, facts, gate, state, List.of(reasons));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_gate_reads_its_evidence(String name, Consumer<GateEvidence> facts, Gate gate, GateState state,
                                   List<String> reasons) {
        GateEvidence evidence = new GateEvidence();
        facts.accept(evidence);
        GateVerdict verdict = GoNoGoGates.evaluate(evidence, DOWNTIME).get(gate);
        assertThat(verdict.state()).isEqualTo(state);
        // UNKNOWN says what is still awaited, as exactly as FAILED says what is wrong
        assertThat(verdict.reasons()).containsExactlyElementsOf(reasons);
    }

    @Test
    void go_only_when_every_gate_passed_and_unknown_counts_against() {
        GateEvidence evidence = allPassing();
        assertThat(GoNoGoGates.evaluate(evidence, DOWNTIME).recommendation()).isEqualTo(GoNoGo.GO);
        assertThat(GoNoGoGates.evaluate(evidence, DOWNTIME).failingGates()).isEmpty();

        evidence.rosterPublished(List.of(new GateEvidence.RosterGap("SECONDARY", DOWNTIME, DOWNTIME.plusSeconds(60))));
        assertThat(GoNoGoGates.evaluate(evidence, DOWNTIME).recommendation()).isEqualTo(GoNoGo.NO_GO);
        assertThat(GoNoGoGates.evaluate(evidence, DOWNTIME).failingGates()).containsExactly(Gate.ON_CALL_COVERED);

        GoNoGoGates nothingKnown = GoNoGoGates.evaluate(new GateEvidence(), DOWNTIME);
        assertThat(nothingKnown.recommendation()).isEqualTo(GoNoGo.NO_GO);
        assertThat(nothingKnown.failingGates()).containsExactly(Gate.STAGING_REHEARSAL, Gate.UPGRADE_SUMMARY_REVIEWED,
                Gate.UPGRADE_FORECAST_FITS, Gate.INTEGRATIONS_READY, Gate.CRITICAL_SCENARIOS_ASSIGNED,
                Gate.ON_CALL_COVERED);
    }

    @Test
    void stored_gates_fill_the_missing_ones_with_their_state_on_no_evidence() {
        GoNoGoGates gates = GoNoGoGates.of(List.of(new GateVerdict(Gate.ON_CALL_COVERED, PASSED, List.of())));
        assertThat(gates.verdicts()).extracting(GateVerdict::gate).containsExactly(Gate.values());
        assertThat(gates.get(Gate.ON_CALL_COVERED).state()).isEqualTo(PASSED);
        assertThat(gates.get(Gate.STAGING_REHEARSAL).state()).isEqualTo(UNKNOWN);
        assertThat(gates.get(Gate.NO_OPEN_CRITICAL_INCIDENT).state()).isEqualTo(PASSED);
    }

    @Test
    void only_a_verdict_with_another_state_or_other_reasons_is_news() {
        GateEvidence evidence = allPassing();
        GoNoGoGates announced = GoNoGoGates.evaluate(evidence, DOWNTIME);
        assertThat(GoNoGoGates.evaluate(evidence, DOWNTIME).changedSince(announced)).isEmpty();

        evidence.integrationReadiness(false, List.of("bank feed not verified"));
        evidence.stagingReadiness(true, List.of("a note that changes nothing"));
        GoNoGoGates now = GoNoGoGates.evaluate(evidence, DOWNTIME);
        assertThat(now.changedSince(announced)).extracting(GateVerdict::gate).containsExactly(Gate.INTEGRATIONS_READY);

        evidence.integrationReadiness(false, List.of("bank feed not verified", "payroll export late"));
        assertThat(GoNoGoGates.evaluate(evidence, DOWNTIME).changedSince(now)).singleElement()
                .satisfies(v -> assertThat(v.reasons()).containsExactly("bank feed not verified", "payroll export late"));

        assertThat(announced.changedSince(GoNoGoGates.of(List.of()))).extracting(GateVerdict::gate)
                .containsExactly(Gate.STAGING_REHEARSAL, Gate.UPGRADE_SUMMARY_REVIEWED, Gate.UPGRADE_FORECAST_FITS,
                        Gate.INTEGRATIONS_READY, Gate.CRITICAL_SCENARIOS_ASSIGNED, Gate.ON_CALL_COVERED);
    }

    static GateEvidence allPassing() {
        GateEvidence e = new GateEvidence();
        e.stagingReadiness(true, List.of());
        e.rehearsalCompleted("r1", "SUCCEEDED");
        e.integrationReadiness(true, List.of());
        e.planPublished(new GateEvidence.TestPlan("p1", 4, List.of()));
        e.rosterPublished(List.of());
        return e;
    }
}
