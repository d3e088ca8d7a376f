package dev.golive.rollback.incident;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Cutovers;
import dev.golive.rollback.support.Db;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.ADMIN;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static dev.golive.testkit.DemoUsers.TESTER;
import static dev.golive.rollback.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Incidents through the API: who may do what, validation, the status life cycle and the events. */
@QuarkusTest
class IncidentApiTest {

    private static String report(String cutoverId, Map<String, Object> body) {
        return as(ON_CALL).body(body).post(Api.incidents(cutoverId)).then().statusCode(201).extract().path("id");
    }

    @Test
    void on_call_reports_updates_and_resolves_an_incident_and_each_step_is_announced() {
        String id = UUID.randomUUID().toString();
        try (RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT);
             RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, Cutovers.inDays(4)));
            Api.teamTakesPart(id);
            // The window's first assessment is announced before anything is reported: take it off the
            // topic here, so the assessments read below are the ones the incident causes.
            assertThat(CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 1).get(0)
                    .recommendation()).isEqualTo("FIX_FORWARD");
            assertThat(Db.assessments(id)).isEqualTo(1);
            String incidentId = as(ON_CALL).body(Api.incident("Invoices post to the wrong journal", "CRITICAL", true))
                    .post(Api.incidents(id)).then().statusCode(201)
                    .header("Location", containsString(Api.incidents(id) + "/"))
                    .body("status", equalTo("OPEN"))
                    .body("source", equalTo("rest"))
                    .body("reportedBy", equalTo(ON_CALL))
                    .body("estimatedTimeToFix", equalTo("PT2H"))
                    .extract().path("id");
            IncidentReported reported = CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_REPORTED, 1).get(0);
            assertThat(reported.incidentId()).isEqualTo(incidentId);
            assertThat(reported.reportedBy()).isEqualTo(ON_CALL);

            as(OPS_LEAD).body(Map.of("dataIntegrityAtRisk", true)).patch(Api.incidents(id) + "/" + incidentId).then()
                    .statusCode(200).body("dataIntegrityAtRisk", equalTo(true)).body("updatedBy", equalTo(OPS_LEAD));
            IncidentUpdated updated = CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_UPDATED, 1).get(0);
            assertThat(updated.changedFields()).containsExactly("dataIntegrityAtRisk");
            RollbackAssessmentChanged atRisk = CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 1).get(0);
            assertThat(atRisk.recommendation()).isEqualTo("ROLL_BACK");
            assertThat(atRisk.reasons()).anyMatch(r -> r.startsWith("DATA_INTEGRITY_AT_RISK"));

            Map<String, Object> mitigate = new HashMap<>();
            mitigate.put("status", "MITIGATED");
            mitigate.put("dataIntegrityAtRisk", false);
            mitigate.put("estimatedTimeToFix", null);
            as(ON_CALL).body(mitigate).patch(Api.incidents(id) + "/" + incidentId).then().statusCode(200)
                    .body("status", equalTo("MITIGATED"))
                    .body("estimatedTimeToFix", nullValue());
            assertThat(CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_UPDATED, 1).get(0).changedFields())
                    .containsExactlyInAnyOrder("status", "dataIntegrityAtRisk", "estimatedTimeToFix");

            // The same values again change nothing and announce nothing.
            as(ON_CALL).body(Map.of("status", "MITIGATED")).patch(Api.incidents(id) + "/" + incidentId).then()
                    .statusCode(200);

            as(ON_CALL).body(Map.of("resolution", "journal mapping fixed and invoices re-posted"))
                    .post(Api.incidents(id) + "/" + incidentId + "/resolve").then().statusCode(200)
                    .body("status", equalTo("RESOLVED"))
                    .body("resolvedBy", equalTo(ON_CALL));
            IncidentResolved resolved = CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_RESOLVED, 1).get(0);
            assertThat(resolved.resolution()).isEqualTo("journal mapping fixed and invoices re-posted");
            incidents.awaitNone(CatalogEvents.of(id, EventCatalog.INCIDENT_UPDATED), Duration.ofMillis(500));

            List<String> after = CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 1).stream()
                    .map(RollbackAssessmentChanged::recommendation).toList();
            assertThat(after).containsExactly("FIX_FORWARD");
        }
    }

    @Test
    void the_ops_lead_on_call_and_admin_read_incidents_and_filter_by_status_and_severity() {
        String id = Api.knownCutover();
        String critical = report(id, Api.incident("Deliveries cannot be validated", "CRITICAL", false));
        String low = report(id, Api.incident("Report footer shows the old logo", "LOW", true));
        as(ON_CALL).body(Map.of("resolution", "logo replaced in the layout"))
                .post(Api.incidents(id) + "/" + low + "/resolve").then().statusCode(200);

        for (String user : new String[] {OPS_LEAD, ON_CALL, ADMIN}) {
            as(user).get(Api.incidents(id)).then().statusCode(200).body("id", containsInAnyOrder(critical, low));
        }
        // Testers and stakeholders, though members, read the assessment, not the incidents (issue 17).
        for (String user : new String[] {TESTER, STAKEHOLDER}) {
            as(user).get(Api.incidents(id)).then().statusCode(403).contentType("application/problem+json");
            as(user).get(Api.incidents(id) + "/" + critical).then().statusCode(403);
        }
        as(ON_CALL).queryParam("status", "open").get(Api.incidents(id)).then().statusCode(200)
                .body("id", contains(critical));
        as(ON_CALL).queryParam("severity", "LOW").get(Api.incidents(id)).then().statusCode(200)
                .body("id", contains(low));
        as(ON_CALL).queryParam("severity", "HUGE").get(Api.incidents(id)).then().statusCode(422)
                .body("errors.field", contains("severity"));
        as(OPS_LEAD).get(Api.incidents(id) + "/" + critical).then().statusCode(200)
                .body("title", equalTo("Deliveries cannot be validated"));
        as(OPS_LEAD).get(Api.incidents(id) + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void invalid_incidents_are_refused_naming_every_field_and_nothing_is_stored() {
        String id = Api.knownCutover();
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("businessFlow", "SALES");
        body.put("severity", "HUGE");
        body.put("estimatedTimeToFix", "PT-1H");
        as(ON_CALL).body(body).post(Api.incidents(id)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("title", "severity", "systemUsable", "dataIntegrityAtRisk",
                        "estimatedTimeToFix"));

        Map<String, Object> typo = Api.incident("Payment provider rejects refunds", "HIGH", true);
        typo.put("severty", "LOW");
        as(ON_CALL).body(typo).post(Api.incidents(id)).then().statusCode(400)
                .body("errors.field", contains("severty"));
        assertThat(Db.incidents(id)).isZero();

        String incidentId = report(id, Api.incident("Payment provider rejects refunds", "HIGH", true));
        as(ON_CALL).body(Map.of("title", "")).patch(Api.incidents(id) + "/" + incidentId).then().statusCode(422)
                .body("errors.field", contains("title"));
        as(ON_CALL).body(Map.of("status", "RESOLVED")).patch(Api.incidents(id) + "/" + incidentId).then()
                .statusCode(422).body("errors.field", contains("status"));
        as(ON_CALL).body(Map.of()).post(Api.incidents(id) + "/" + incidentId + "/resolve").then().statusCode(422)
                .body("errors.field", contains("resolution"));
        as(ON_CALL).body(Map.of("severity", "LOW", "sevrity", "LOW")).patch(Api.incidents(id) + "/" + incidentId)
                .then().statusCode(400).body("errors.field", contains("sevrity"));
        as(ON_CALL).get(Api.incidents(id) + "/" + incidentId).then().statusCode(200)
                .body("title", equalTo("Payment provider rejects refunds")).body("severity", equalTo("HIGH"))
                .body("version", equalTo(0));

        // The incident is kept, but without a window there is no point of no return to assess against.
        as(TESTER).get(Api.assessment(id)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("reasons", contains("NO_WINDOW"));
    }

    @Test
    void a_resolved_incident_stays_resolved_a_forbidden_transition_is_a_conflict() {
        String id = Api.knownCutover();
        String incidentId = report(id, Api.incident("Scheduled action sends duplicate emails", "MEDIUM", true));
        as(OPS_LEAD).body(Map.of("resolution", "scheduled action disabled and rewritten"))
                .post(Api.incidents(id) + "/" + incidentId + "/resolve").then().statusCode(200);

        as(ON_CALL).body(Map.of("status", "OPEN")).patch(Api.incidents(id) + "/" + incidentId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("reasons", contains("RESOLVED->OPEN"));
        as(ON_CALL).body(Map.of("severity", "HIGH")).patch(Api.incidents(id) + "/" + incidentId).then().statusCode(409);
        as(ON_CALL).body(Map.of("resolution", "again")).post(Api.incidents(id) + "/" + incidentId + "/resolve").then()
                .statusCode(409)
                .body("reasons", contains("RESOLVED->RESOLVED"));
        as(OPS_LEAD).get(Api.incidents(id) + "/" + incidentId).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("severity", equalTo("MEDIUM"));
    }

    @Test
    void without_a_token_it_is_401_and_readers_cannot_write() {
        String id = UUID.randomUUID().toString();
        Api.anonymous().get(Api.incidents(id)).then().statusCode(401).contentType("application/problem+json");
        Api.anonymous().body(Api.incident("x-title", "LOW", true)).post(Api.incidents(id)).then().statusCode(401);
        Api.anonymous().get(Api.assessment(id)).then().statusCode(401);
        Api.anonymous().get(Api.audit(id)).then().statusCode(401);
        Api.anonymous().body(Map.of("decision", "PROCEED")).post(Api.decisions(id)).then().statusCode(401);
        for (String reader : new String[] {TESTER, STAKEHOLDER}) {
            as(reader).body(Api.incident("Cannot print picking lists", "HIGH", true)).post(Api.incidents(id)).then()
                    .statusCode(403).contentType("application/problem+json");
        }
        assertThat(Db.incidents(id)).isZero();
        // A cutover the service has not heard of has no assessment (an admin sees the 404); nobody else
        // takes part in it.
        as(ADMIN).get(Api.assessment(id)).then().statusCode(404);
        as(TESTER).get(Api.assessment(id)).then().statusCode(403)
                .body("type", equalTo("https://golive.dev/problems/not-a-member"));
    }
}
