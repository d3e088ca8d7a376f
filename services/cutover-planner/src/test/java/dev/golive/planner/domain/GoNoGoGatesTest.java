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

    private static GateEvidence.DeveloperReview reviewDone(String rehearsal) {
        return new GateEvidence.DeveloperReview(rehearsal, true, 0, List.of());
    }

    private static GateEvidence.DeveloperReview reviewOpen(String rehearsal, String... openItems) {
        return new GateEvidence.DeveloperReview(rehearsal, false, openItems.length, List.of(openItems));
    }

    private static GateEvidence.StagingRound roundPassed(String rehearsal) {
        return new GateEvidence.StagingRound(rehearsal, "round-1", true, List.of());
    }

    private static GateEvidence.StagingRound roundWith(String rehearsal, GateEvidence.CriticalFlow... notPassed) {
        return new GateEvidence.StagingRound(rehearsal, "round-1", false, List.of(notPassed));
    }

    private static GateEvidence.CriticalFlow flow(String title, String area, String outcome) {
        return new GateEvidence.CriticalFlow("S-" + title.length(), title, area, outcome);
    }

    /** The current rehearsal r1, reviewed and accepted on staging. */
    private static void acceptedOnR1(GateEvidence e) {
        e.rehearsalCompleted("r1", "SUCCEEDED");
        e.developerReviewChanged(reviewDone("r1"));
        e.stagingRoundChanged(roundPassed("r1"));
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
                        "open summary item 'selection values changed' (changed field, sale.order.state, owner olivia)"),
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
                        "the production upgrade forecast of 5 h from the latest successful rehearsal exceeds the expected downtime of 4 h by 1 h"),
                row("an implausible forecast of the current rehearsal fails it, naming the reason", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.forecastChanged(new GateEvidence.ForecastBasis("r1", Duration.ofMinutes(30), false,
                            "the rehearsal measured 1 s for the upgrade 16 → 19, below the plausible 5 min"));
                }, Gate.UPGRADE_FORECAST_FITS, FAILED, "the production upgrade forecast from the latest successful rehearsal is not "
                        + "plausible: the rehearsal measured 1 s for the upgrade 16 → 19, below the plausible 5 min"),
                row("implausible and exceeding: both reasons", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.forecastChanged(new GateEvidence.ForecastBasis("r1", Duration.ofHours(5), false, "too short"));
                    e.forecastExceeded(new GateEvidence.ForecastExceeded("r1", Duration.ofHours(5), Duration.ofHours(4),
                            Duration.ofHours(1)));
                }, Gate.UPGRADE_FORECAST_FITS, FAILED,
                        "the production upgrade forecast from the latest successful rehearsal is not plausible: too short",
                        "the production upgrade forecast of 5 h from the latest successful rehearsal exceeds the expected downtime of 4 h by 1 h"),
                row("a plausible forecast of the current rehearsal passes it", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.forecastChanged(new GateEvidence.ForecastBasis("r1", Duration.ofMinutes(30), false, "too short"));
                    e.forecastChanged(new GateEvidence.ForecastBasis("r1", Duration.ofHours(2), true, null));
                }, Gate.UPGRADE_FORECAST_FITS, PASSED),
                row("an implausible forecast of an older rehearsal no longer counts", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.forecastChanged(new GateEvidence.ForecastBasis("r1", Duration.ofMinutes(30), false, "too short"));
                    e.rehearsalCompleted("r2", "SUCCEEDED");
                }, Gate.UPGRADE_FORECAST_FITS, PASSED),
                // runbook
                row("no runbook yet", e -> { }, Gate.RUNBOOK_READY, UNKNOWN, "no runbook yet"),
                row("runbook ready", e -> e.runbookReadiness(true, List.of()), Gate.RUNBOOK_READY, PASSED),
                row("runbook tasks pending: one reason each, by title", e -> e.runbookReadiness(false,
                                List.of("Announce the downtime to users", "Take the pre-upgrade backup")),
                        Gate.RUNBOOK_READY, FAILED, "'Announce the downtime to users' is due before go/no-go and not done",
                        "'Take the pre-upgrade backup' is due before go/no-go and not done"),
                row("runbook ready again after pending tasks", e -> {
                    e.runbookReadiness(false, List.of("Announce the downtime to users"));
                    e.runbookReadiness(true, List.of());
                }, Gate.RUNBOOK_READY, PASSED),
                row("a later successful rehearsal passes it", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.forecastExceeded(new GateEvidence.ForecastExceeded("r1", Duration.ofHours(5), Duration.ofHours(4),
                            Duration.ofHours(1)));
                    e.rehearsalCompleted("r2", "SUCCEEDED");
                }, Gate.UPGRADE_FORECAST_FITS, PASSED),
                // staging acceptance
                row("no successful rehearsal, nothing to accept", e -> {
                    e.developerReviewChanged(reviewDone("r1"));
                    e.stagingRoundChanged(roundPassed("r1"));
                    e.rehearsalCompleted("r1", "FAILED");
                }, Gate.STAGING_ACCEPTANCE, UNKNOWN, "no successful rehearsal yet, so no staging to accept"),
                row("review done and every critical flow passed", GoNoGoGatesTest::acceptedOnR1,
                        Gate.STAGING_ACCEPTANCE, PASSED),
                row("review and round reported before the rehearsal's completion count once it is current", e -> {
                    e.developerReviewChanged(reviewDone("r1"));
                    e.stagingRoundChanged(roundPassed("r1"));
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                }, Gate.STAGING_ACCEPTANCE, PASSED),
                row("nothing reported on the current rehearsal", e -> e.rehearsalCompleted("r1", "SUCCEEDED"),
                        Gate.STAGING_ACCEPTANCE, FAILED, "no developer review of the current rehearsal reported yet",
                        "no staging round on the current rehearsal yet"),
                row("developer review with open items names them", e -> {
                    acceptedOnR1(e);
                    e.developerReviewChanged(reviewOpen("r1", "Important PDF reports print", "Scheduled actions checked",
                            "Logs reviewed"));
                }, Gate.STAGING_ACCEPTANCE, FAILED, "the developer review of the current rehearsal is not done: "
                        + "3 items open (Important PDF reports print, Scheduled actions checked, Logs reviewed)"),
                row("one open item", e -> {
                    acceptedOnR1(e);
                    e.developerReviewChanged(reviewOpen("r1", "Logs reviewed"));
                }, Gate.STAGING_ACCEPTANCE, FAILED,
                        "the developer review of the current rehearsal is not done: 1 item open (Logs reviewed)"),
                row("a critical flow failed on the current rehearsal", e -> {
                    acceptedOnR1(e);
                    e.stagingRoundChanged(roundWith("r1", flow("Confirm a sales order", "SALES", "FAILED")));
                }, Gate.STAGING_ACCEPTANCE, FAILED,
                        "critical flow 'Confirm a sales order' (SALES) has not passed on the current rehearsal: FAILED"),
                row("every critical flow not passed is named, with the open review", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.developerReviewChanged(reviewOpen("r1", "Logs reviewed"));
                    e.stagingRoundChanged(roundWith("r1", flow("Confirm a sales order", "SALES", "BLOCKED"),
                            flow("Validate a delivery", "INVENTORY_AND_DELIVERY", "NOT_RUN")));
                }, Gate.STAGING_ACCEPTANCE, FAILED,
                        "the developer review of the current rehearsal is not done: 1 item open (Logs reviewed)",
                        "critical flow 'Confirm a sales order' (SALES) has not passed on the current rehearsal: BLOCKED",
                        "critical flow 'Validate a delivery' (INVENTORY_AND_DELIVERY) has not passed on the current "
                                + "rehearsal: NOT_RUN"),
                row("weekend-testing says not passed without naming a flow", e -> {
                    acceptedOnR1(e);
                    e.stagingRoundChanged(roundWith("r1"));
                }, Gate.STAGING_ACCEPTANCE, FAILED,
                        "weekend-testing reports that not every critical flow passed on the current rehearsal"),
                row("no round on the current rehearsal yet", e -> {
                    acceptedOnR1(e);
                    e.stagingRoundChanged(new GateEvidence.StagingRound("r1", GateEvidence.StagingRound.NO_ROUND, false,
                            List.of(new GateEvidence.CriticalFlow("S-1", "Confirm a sales order", "SALES", "NOT_RUN"))));
                }, Gate.STAGING_ACCEPTANCE, FAILED, "no staging round on the current rehearsal yet"),
                row("after a refresh the older rehearsal's review and round never count", e -> {
                    acceptedOnR1(e);
                    e.rehearsalCompleted("r2", "SUCCEEDED");
                }, Gate.STAGING_ACCEPTANCE, FAILED, "no developer review of the current rehearsal reported yet",
                        "no staging round on the current rehearsal yet"),
                row("after a refresh, late evidence of the older rehearsal is dropped", e -> {
                    e.rehearsalCompleted("r1", "SUCCEEDED");
                    e.rehearsalCompleted("r2", "SUCCEEDED");
                    e.developerReviewChanged(reviewDone("r1"));
                    e.stagingRoundChanged(roundPassed("r1"));
                }, Gate.STAGING_ACCEPTANCE, FAILED, "no developer review of the current rehearsal reported yet",
                        "no staging round on the current rehearsal yet"),
                row("after a refresh the new rehearsal's flows are to run again", e -> {
                    acceptedOnR1(e);
                    e.rehearsalCompleted("r2", "SUCCEEDED");
                    e.developerReviewChanged(reviewDone("r2"));
                    e.stagingRoundChanged(roundWith("r2", flow("Confirm a sales order", "SALES", "NOT_RUN")));
                }, Gate.STAGING_ACCEPTANCE, FAILED,
                        "critical flow 'Confirm a sales order' (SALES) has not passed on the current rehearsal: NOT_RUN"),
                row("the new rehearsal accepted again", e -> {
                    acceptedOnR1(e);
                    e.rehearsalCompleted("r2", "SUCCEEDED");
                    e.developerReviewChanged(reviewDone("r2"));
                    e.stagingRoundChanged(roundPassed("r2"));
                }, Gate.STAGING_ACCEPTANCE, PASSED),
                row("a failed rehearsal after the current one changes nothing", e -> {
                    acceptedOnR1(e);
                    e.stagingRoundChanged(roundWith("r2", flow("Confirm a sales order", "SALES", "NOT_RUN")));
                    e.rehearsalCompleted("r2", "FAILED");
                }, Gate.STAGING_ACCEPTANCE, PASSED),
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
                        Gate.CRITICAL_SCENARIOS_ASSIGNED, FAILED, "the published test plan assigns no scenario"),
                row("an unassigned scenario of unstated criticality", e -> e.planPublished(new GateEvidence.TestPlan("p1", 2,
                        List.of(new GateEvidence.UnassignedScenario("S-7", "Invoice a delivery", "NO_TESTER: none free", null)))),
                        Gate.CRITICAL_SCENARIOS_ASSIGNED, FAILED,
                        "scenario 'Invoice a delivery' is unassigned: NO_TESTER: none free; the plan does not say it is not critical"),
                row("an unassigned critical scenario", e -> e.planPublished(new GateEvidence.TestPlan("p1", 2,
                        List.of(new GateEvidence.UnassignedScenario("S-7", "Invoice a delivery", "NO_TESTER: none free", true)))),
                        Gate.CRITICAL_SCENARIOS_ASSIGNED, FAILED,
                        "scenario 'Invoice a delivery' is unassigned: NO_TESTER: none free"),
                row("only a non-critical scenario unassigned", e -> e.planPublished(new GateEvidence.TestPlan("p1", 2,
                        List.of(new GateEvidence.UnassignedScenario("S-8", "Print a label", "NO_TESTER: none free", false)))),
                        Gate.CRITICAL_SCENARIOS_ASSIGNED, PASSED),
                // on call
                row("no roster", e -> { }, Gate.ON_CALL_COVERED, UNKNOWN,
                        "no on-call roster published yet"),
                row("roster without gaps", e -> e.rosterPublished(List.of()), Gate.ON_CALL_COVERED, PASSED),
                row("roster with a gap", e -> e.rosterPublished(List.of(new GateEvidence.RosterGap("PRIMARY",
                        DOWNTIME, DOWNTIME.plusSeconds(3600)))), Gate.ON_CALL_COVERED, FAILED,
                        "nobody on call as PRIMARY from 2026-12-11T16:00:00Z to 2026-12-11T17:00:00Z"));
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
        GateVerdict verdict = GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE).get(gate);
        assertThat(verdict.state()).isEqualTo(state);
        // UNKNOWN says what is still awaited, as exactly as FAILED says what is wrong
        assertThat(verdict.reasons()).containsExactlyElementsOf(reasons);
    }

    @Test
    void go_only_when_every_gate_passed_and_unknown_counts_against() {
        GateEvidence evidence = allPassing();
        assertThat(GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE).recommendation()).isEqualTo(GoNoGo.GO);
        assertThat(GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE).failingGates()).isEmpty();

        evidence.rosterPublished(List.of(new GateEvidence.RosterGap("SECONDARY", DOWNTIME, DOWNTIME.plusSeconds(60))));
        assertThat(GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE).recommendation()).isEqualTo(GoNoGo.NO_GO);
        assertThat(GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE).failingGates()).containsExactly(Gate.ON_CALL_COVERED);

        GoNoGoGates nothingKnown = GoNoGoGates.evaluate(new GateEvidence(), CriticalIncidents.NONE);
        assertThat(nothingKnown.recommendation()).isEqualTo(GoNoGo.NO_GO);
        assertThat(nothingKnown.failingGates()).containsExactly(Gate.STAGING_REHEARSAL, Gate.UPGRADE_SUMMARY_REVIEWED,
                Gate.UPGRADE_FORECAST_FITS, Gate.STAGING_ACCEPTANCE, Gate.INTEGRATIONS_READY, Gate.CRITICAL_SCENARIOS_ASSIGNED,
                Gate.ON_CALL_COVERED, Gate.RUNBOOK_READY);
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
        GoNoGoGates announced = GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE);
        assertThat(GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE).changedSince(announced)).isEmpty();

        evidence.integrationReadiness(false, List.of("bank feed not verified"));
        evidence.stagingReadiness(true, List.of("a note that changes nothing"));
        GoNoGoGates now = GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE);
        assertThat(now.changedSince(announced)).extracting(GateVerdict::gate).containsExactly(Gate.INTEGRATIONS_READY);

        evidence.integrationReadiness(false, List.of("bank feed not verified", "payroll export late"));
        assertThat(GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE).changedSince(now)).singleElement()
                .satisfies(v -> assertThat(v.reasons()).containsExactly("bank feed not verified", "payroll export late"));

        assertThat(announced.changedSince(GoNoGoGates.of(List.of()))).extracting(GateVerdict::gate)
                .containsExactly(Gate.STAGING_REHEARSAL, Gate.UPGRADE_SUMMARY_REVIEWED, Gate.UPGRADE_FORECAST_FITS,
                        Gate.STAGING_ACCEPTANCE, Gate.INTEGRATIONS_READY, Gate.CRITICAL_SCENARIOS_ASSIGNED, Gate.ON_CALL_COVERED,
                        Gate.RUNBOOK_READY);
    }

    @Test
    void the_evidence_keeps_the_current_rehearsal_and_the_newest_other_one_only() {
        GateEvidence e = new GateEvidence();
        for (int r = 1; r <= 5; r++) {
            e.developerReviewChanged(reviewDone("r" + r));
            e.stagingRoundChanged(roundPassed("r" + r));
            e.rehearsalCompleted("r" + r, "SUCCEEDED");
        }
        e.developerReviewChanged(reviewOpen("r6", "Logs reviewed"));
        e.stagingRoundChanged(roundPassed("r7"));
        e.stagingRoundChanged(roundPassed("r8"));

        for (int r = 1; r <= 4; r++) {
            assertThat(e.developerReview("r" + r)).isNull();
            assertThat(e.stagingRound("r" + r)).isNull();
        }
        assertThat(e.developerReview("r5")).isNotNull();
        assertThat(e.stagingRound("r5")).isNotNull();
        assertThat(e.developerReview("r6")).isNotNull();
        assertThat(e.stagingRound("r7")).isNull();
        assertThat(e.stagingRound("r8")).isNotNull();
        assertThat(GoNoGoGates.evaluate(e, CriticalIncidents.NONE).get(Gate.STAGING_ACCEPTANCE).state()).isEqualTo(PASSED);

        // The newest other rehearsal's round counts as soon as it becomes current.
        e.rehearsalCompleted("r8", "SUCCEEDED");
        assertThat(GoNoGoGates.evaluate(e, CriticalIncidents.NONE).get(Gate.STAGING_ACCEPTANCE).reasons())
                .containsExactly("no developer review of the current rehearsal reported yet");
        assertThat(e.developerReview("r5")).isNull();
    }

    static GateEvidence allPassing() {
        GateEvidence e = new GateEvidence();
        e.stagingReadiness(true, List.of());
        e.rehearsalCompleted("r1", "SUCCEEDED");
        e.developerReviewChanged(reviewDone("r1"));
        e.stagingRoundChanged(roundPassed("r1"));
        e.integrationReadiness(true, List.of());
        e.planPublished(new GateEvidence.TestPlan("p1", 4, List.of()));
        e.rosterPublished(List.of());
        e.runbookReadiness(true, List.of());
        return e;
    }

    /** Gate reasons are read by people: they name the summary item, the scenario, the incident and the rehearsal, never an id. */
    @Test
    void gate_reasons_name_things_and_show_no_id() {
        String rehearsal = java.util.UUID.randomUUID().toString();
        String item = java.util.UUID.randomUUID().toString();
        String scenario = java.util.UUID.randomUUID().toString();
        String incident = java.util.UUID.randomUUID().toString();
        String plan = java.util.UUID.randomUUID().toString();
        GateEvidence evidence = new GateEvidence();
        evidence.rehearsalCompleted(rehearsal, "SUCCEEDED");
        evidence.summaryItemRaised(new GateEvidence.SummaryItem(item, rehearsal, "DISABLED_VIEW", "sale.order", null,
                "Quotation form view disabled", null));
        evidence.forecastExceeded(new GateEvidence.ForecastExceeded(rehearsal, Duration.ofMinutes(330),
                Duration.ofHours(4), Duration.ofMinutes(90)));
        evidence.planPublished(new GateEvidence.TestPlan(plan, 0, List.of(
                new GateEvidence.UnassignedScenario(scenario, "Invoice a delivery", "NO_TESTER: none free", true))));
        CriticalIncidents incidents = CriticalIncidents.of(List.of(
                new Incident(incident, "Stock moves lost", "CRITICAL", "OPEN", DOWNTIME.minusSeconds(60))), DOWNTIME);

        GoNoGoGates gates = GoNoGoGates.evaluate(evidence, incidents);

        assertThat(gates.get(Gate.UPGRADE_SUMMARY_REVIEWED).reasons()).containsExactly(
                "open summary item 'Quotation form view disabled' (disabled view, sale.order)");
        assertThat(gates.get(Gate.UPGRADE_FORECAST_FITS).reasons()).containsExactly(
                "the production upgrade forecast of 5 h 30 min from the latest successful rehearsal exceeds the "
                        + "expected downtime of 4 h by 1 h 30 min");
        assertThat(gates.get(Gate.CRITICAL_SCENARIOS_ASSIGNED).reasons()).containsExactly(
                "the published test plan assigns no scenario",
                "scenario 'Invoice a delivery' is unassigned: NO_TESTER: none free");
        assertThat(gates.get(Gate.NO_OPEN_CRITICAL_INCIDENT).reasons()).containsExactly(
                "critical incident 'Stock moves lost' is open");
        java.util.regex.Pattern uuid = java.util.regex.Pattern.compile(
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(gates.verdicts()).flatMap(GateVerdict::reasons).isNotEmpty()
                .noneMatch(reason -> uuid.matcher(reason).find());
    }
}
