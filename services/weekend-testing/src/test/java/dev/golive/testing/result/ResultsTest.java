package dev.golive.testing.result;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.testing.CoverageChanged;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.WeekendSignedOff;
import dev.golive.testing.domain.ScenarioCatalogue;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Db;
import dev.golive.testing.support.Fixtures;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static dev.golive.testing.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Results: who may record them, the incident a failed critical scenario raises, coverage and the sign-off. */
@QuarkusTest
class ResultsTest {

    private static Map<String, Object> result(String outcome, String notes) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("notes", notes);
        return body;
    }

    private static String results(String cutoverId, String assignmentId) {
        return Api.assignments(cutoverId) + "/" + assignmentId + "/results";
    }

    private static String other(String username) {
        return DemoUsers.TESTER.equals(username) ? DemoUsers.OTHER_TESTER : DemoUsers.TESTER;
    }

    @Test
    void a_failed_critical_scenario_is_recorded_and_detected_as_a_critical_incident() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        String invoice = planned.assignmentOf(ScenarioCatalogue.INVOICE);
        String tester = planned.testerOf(ScenarioCatalogue.INVOICE);

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING);
             RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT)) {
            as(tester).body(result("FAILED", "validating posts to the suspense account"))
                    .post(results(id, invoice)).then().statusCode(201)
                    .body("outcome", equalTo("FAILED")).body("recordedBy", equalTo(tester));

            ResultRecorded recorded = CatalogEvents.await(testing, id, EventCatalog.RESULT_RECORDED, 1).get(0);
            assertThat(recorded.assignmentId()).isEqualTo(invoice);
            assertThat(recorded.scenarioId()).isEqualTo(ScenarioCatalogue.INVOICE);
            assertThat(recorded.area()).isEqualTo("INVOICING");
            assertThat(recorded.critical()).isTrue();
            assertThat(recorded.outcome()).isEqualTo("FAILED");
            assertThat(recorded.recordedBy()).isEqualTo(tester);

            IncidentDetected detected = CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_DETECTED, 1).get(0);
            assertThat(detected.source()).isEqualTo("weekend-testing");
            assertThat(detected.sourceRef()).isEqualTo(ScenarioCatalogue.INVOICE);
            assertThat(detected.severity()).isEqualTo("CRITICAL");
            assertThat(detected.businessFlow()).isEqualTo("INVOICING_AND_ACCOUNTING");
            assertThat(detected.systemUsable()).isTrue();
            assertThat(detected.dataIntegrityAtRisk()).isFalse();
            assertThat(detected.workaroundExists()).isFalse();
            assertThat(detected.title()).contains("Create and validate an invoice");
            assertThat(detected.description()).contains("suspense account");

            // A blocked critical scenario with a workaround noted is detected too; a normal failure is not.
            String purchase = planned.assignmentOf(ScenarioCatalogue.PURCHASE_FLOW);
            Map<String, Object> blocked = result("BLOCKED", "no vendor access on the upgraded system");
            blocked.put("workaroundExists", true);
            as(planned.testerOf(ScenarioCatalogue.PURCHASE_FLOW)).body(blocked).post(results(id, purchase)).then()
                    .statusCode(201);
            IncidentDetected blockedIncident = CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_DETECTED, 1).get(0);
            assertThat(blockedIncident.sourceRef()).isEqualTo(ScenarioCatalogue.PURCHASE_FLOW);
            assertThat(blockedIncident.businessFlow()).isEqualTo("PURCHASE");
            assertThat(blockedIncident.workaroundExists()).isTrue();

            String reports = planned.assignmentOf(ScenarioCatalogue.REPORTS);
            as(planned.testerOf(ScenarioCatalogue.REPORTS)).body(result("FAILED", "a saved filter is gone"))
                    .post(results(id, reports)).then().statusCode(201);
            assertThat(CatalogEvents.await(testing, id, EventCatalog.RESULT_RECORDED, 2)).extracting(ResultRecorded::critical)
                    .containsExactly(true, false);
            incidents.awaitNone(CatalogEvents.of(id, EventCatalog.INCIDENT_DETECTED), Duration.ofMillis(500));
        }
    }

    @Test
    void a_tester_records_only_on_their_own_assignments_and_the_ops_lead_on_any() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        String quotation = planned.assignmentOf(ScenarioCatalogue.QUOTATION);
        String owner = planned.testerOf(ScenarioCatalogue.QUOTATION);

        as(other(owner)).body(result("PASSED", null)).post(results(id, quotation)).then().statusCode(403)
                .contentType("application/problem+json");
        as(DemoUsers.ON_CALL).body(result("PASSED", null)).post(results(id, quotation)).then().statusCode(403);
        as(STAKEHOLDER).body(result("PASSED", null)).post(results(id, quotation)).then().statusCode(403);
        assertThat(Db.results(id)).isZero();

        as(owner).body(result("PASSED", "confirmed SO and sent by mail")).post(results(id, quotation)).then()
                .statusCode(201).body("recordedBy", equalTo(owner));
        as(OPS_LEAD).body(result("PASSED", "checked again after the fix")).post(results(id, quotation)).then()
                .statusCode(201).body("recordedBy", equalTo(OPS_LEAD));
        // The results and the assignment are read by its tester, the ops lead and on call; not by the
        // stakeholder (coverage is theirs to read) nor by another tester.
        as(owner).get(results(id, quotation)).then().statusCode(200)
                .body("recordedBy", contains(owner, OPS_LEAD));
        as(DemoUsers.ON_CALL).get(results(id, quotation)).then().statusCode(200)
                .body("recordedBy", contains(owner, OPS_LEAD));
        as(owner).get(Api.assignments(id) + "/" + quotation).then().statusCode(200)
                .body("latestOutcome", equalTo("PASSED"));
        as(STAKEHOLDER).get(results(id, quotation)).then().statusCode(403);
        as(STAKEHOLDER).get(Api.assignments(id) + "/" + quotation).then().statusCode(403);
        as(other(owner)).get(results(id, quotation)).then().statusCode(403).contentType("application/problem+json");
        as(other(owner)).get(Api.assignments(id) + "/" + quotation).then().statusCode(403);
        assertThat(Db.results(id)).isEqualTo(2);
    }

    @Test
    void coverage_is_announced_as_it_changes_and_the_weekend_is_signed_off_once_when_the_last_critical_scenario_passes() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        List<String> critical = List.of(ScenarioCatalogue.QUOTATION, ScenarioCatalogue.DELIVERY_RECEIPT,
                ScenarioCatalogue.INVOICE, ScenarioCatalogue.PURCHASE_FLOW, ScenarioCatalogue.DAILY_TASKS);

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            // The invoice fails first: coverage changes, nothing is signed off.
            String invoice = planned.assignmentOf(ScenarioCatalogue.INVOICE);
            as(planned.testerOf(ScenarioCatalogue.INVOICE)).body(result("FAILED", "wrong tax on the invoice"))
                    .post(results(id, invoice)).then().statusCode(201);
            CoverageChanged first = CatalogEvents.await(testing, id, EventCatalog.COVERAGE_CHANGED, 1).get(0);
            CoverageChanged.AreaCoverage invoicing = first.areas().stream().filter(a -> a.area().equals("INVOICING"))
                    .findFirst().orElseThrow();
            assertThat(invoicing).isEqualTo(new CoverageChanged.AreaCoverage("INVOICING", 1, 0, 1, 0, 1, 0));
            assertThat(first.areas()).extracting(CoverageChanged.AreaCoverage::area)
                    .containsExactly("SALES", "PURCHASE", "INVENTORY", "INVOICING", "MANUFACTURING", "REPORTING",
                            "WEBSITE", "OTHER");

            // Every critical scenario passes (the invoice after its fix); the last one signs the weekend off.
            for (String scenario : critical) {
                as(planned.testerOf(scenario)).body(result("PASSED", null))
                        .post(results(id, planned.assignmentOf(scenario))).then().statusCode(201);
            }
            List<CoverageChanged> changes = CatalogEvents.await(testing, id, EventCatalog.COVERAGE_CHANGED, critical.size());
            CoverageChanged last = changes.get(changes.size() - 1);
            assertThat(last.areas().stream().mapToInt(CoverageChanged.AreaCoverage::criticalPassed).sum()).isEqualTo(5);
            assertThat(last.areas().stream().mapToInt(CoverageChanged.AreaCoverage::failed).sum()).isZero();
            WeekendSignedOff signedOff = CatalogEvents.await(testing, id, EventCatalog.WEEKEND_SIGNED_OFF, 1).get(0);
            assertThat(signedOff.criticalScenarios()).isEqualTo(5);
            assertThat(signedOff.scenarios()).isEqualTo(9);
            assertThat(signedOff.passed()).isEqualTo(5);

            // The same outcome again changes no coverage; more passes sign nothing off twice.
            String daily = planned.assignmentOf(ScenarioCatalogue.DAILY_TASKS);
            as(OPS_LEAD).body(result("PASSED", "re-checked")).post(results(id, daily)).then().statusCode(201);
            String portal = planned.assignmentOf(ScenarioCatalogue.PORTAL_WEBSITE);
            as(planned.testerOf(ScenarioCatalogue.PORTAL_WEBSITE)).body(result("PASSED", null))
                    .post(results(id, portal)).then().statusCode(201);
            assertThat(CatalogEvents.await(testing, id, EventCatalog.RESULT_RECORDED, critical.size() + 3)).hasSize(critical.size() + 3);
            assertThat(CatalogEvents.await(testing, id, EventCatalog.COVERAGE_CHANGED, 1).get(0).areas().stream()
                    .filter(a -> a.area().equals("WEBSITE")).findFirst().orElseThrow().passed()).isEqualTo(1);
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.WEEKEND_SIGNED_OFF)
                    .or(CatalogEvents.of(id, EventCatalog.COVERAGE_CHANGED)), Duration.ofSeconds(1));
        }
        as(STAKEHOLDER).get(Api.base(id) + "/coverage").then().statusCode(200)
                .body("signOffReady", equalTo(true))
                .body("pendingCritical.size()", equalTo(0))
                .body("signedOffAt", notNullValue());
    }
}
