package dev.golive.integration.integration;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.integration.ChecklistItemChanged;
import dev.golive.contracts.integration.IntegrationRegistered;
import dev.golive.integration.support.Api;
import dev.golive.integration.support.Db;
import dev.golive.integration.support.Events;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.integration.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The integrations API: registration and its event, validation naming fields, no secrets, roles, checklist rules. */
@QuarkusTest
class IntegrationApiTest {

    @Test
    void registering_an_integration_stores_it_opens_its_checklist_and_announces_it() {
        String cutoverId = Api.knownCutover();
        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            String id = as(DemoUsers.ON_CALL).body(Api.integrationBody("Carrier", "HIGH", false,
                            List.of("stock.picking:carrier_tracking_ref")))
                    .post(Api.integrations(cutoverId)).then().statusCode(201)
                    .header("Location", containsString("/integrations/"))
                    .body("registeredBy", equalTo(DemoUsers.ON_CALL))
                    .body("credentialsExpireOn", equalTo("2099-12-31"))
                    .extract().path("id");

            IntegrationRegistered registered = CatalogEvents.await(integration, cutoverId,
                    EventCatalog.INTEGRATION_REGISTERED, 1).get(0);
            assertThat(registered.integrationId()).isEqualTo(id);
            assertThat(registered.kind()).isEqualTo("SHIPPING_CARRIER");
            assertThat(registered.criticality()).isEqualTo("HIGH");
            assertThat(registered.testableOnStaging()).isFalse();
            assertThat(registered.fields()).containsExactly("stock.picking:carrier_tracking_ref");

            as(DemoUsers.ON_CALL).get(Api.checklist(cutoverId, id)).then().statusCode(200)
                    .body("satisfied", equalTo(false)).body("items", hasSize(6))
                    .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("OPEN")));
            as(DemoUsers.OPS_LEAD).get(Api.integrations(cutoverId)).then().statusCode(200).body("id", hasItem(id));
            as(DemoUsers.STAKEHOLDER).get(Api.readiness(cutoverId)).then().statusCode(200)
                    .body("ready", equalTo(false)).body("goLiveDateKnown", equalTo(false))
                    .body("integrations[0].integrationId", equalTo(id))
                    .body("reasons[0]", containsString("HIGH integration \"Carrier\" is not ready"));

            // Recording a check: who is the caller, announced with the evidence.
            as(DemoUsers.OPS_LEAD).body(Map.of("status", "PASSED", "evidence", "production API key present, expires 2099"))
                    .put(Api.checklist(cutoverId, id) + "/CREDENTIALS").then().statusCode(200)
                    .body("status", equalTo("PASSED")).body("checkedBy", equalTo(DemoUsers.OPS_LEAD));
            ChecklistItemChanged changed = CatalogEvents.await(integration, cutoverId,
                    EventCatalog.CHECKLIST_ITEM_CHANGED, 1).get(0);
            assertThat(changed.item()).isEqualTo("CREDENTIALS");
            assertThat(changed.checkedBy()).isEqualTo(DemoUsers.OPS_LEAD);
            assertThat(changed.evidence()).startsWith("production API key");
            assertThat(changed.reason()).isNull();
        }
    }

    @Test
    void invalid_fields_are_a_422_naming_each_of_them_and_nothing_is_stored() {
        String cutoverId = Api.knownCutover();
        Map<String, Object> body = new HashMap<>(Api.integrationBody(" ", "URGENT", true, List.of("sale.order")));
        body.put("kind", "CARRIER_PIGEON");
        body.put("endpoints", List.of("https://user:pw@api.carrier.example/v2", "ftp://files.example"));
        body.remove("testableOnStaging");
        as(DemoUsers.OPS_LEAD).body(body).post(Api.integrations(cutoverId)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "kind", "criticality", "testableOnStaging",
                        "endpoints[0]", "endpoints[1]", "fields[0]"));
        as(DemoUsers.OPS_LEAD).get(Api.integrations(cutoverId)).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void a_secret_is_refused_by_name_and_never_echoed() {
        String cutoverId = Api.knownCutover();
        Map<String, Object> body = new HashMap<>(Api.integrationBody("Payments", "CRITICAL", true, List.of()));
        body.put("apiKey", "sk_live_51H-very-secret");
        body.put("password", "hunter2");
        String response = as(DemoUsers.OPS_LEAD).body(body).post(Api.integrations(cutoverId)).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("apiKey", "password"))
                .extract().asString();
        assertThat(response).doesNotContain("sk_live").doesNotContain("hunter2");
        // An unknown property is refused too (400), so a secret cannot slip in under another name.
        body.remove("apiKey");
        body.remove("password");
        body.put("bearer", "abc");
        as(DemoUsers.OPS_LEAD).body(body).post(Api.integrations(cutoverId)).then().statusCode(400)
                .body("errors[0].field", equalTo("bearer"));
        as(DemoUsers.OPS_LEAD).get(Api.integrations(cutoverId)).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void without_a_token_the_api_answers_401_problem_details() {
        String cutoverId = UUID.randomUUID().toString();
        RestAssured.given().get(Api.integrations(cutoverId)).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"golive\""));
        RestAssured.given().contentType("application/json").body(Api.integrationBody("X", "HIGH", true, List.of()))
                .post(Api.integrations(cutoverId)).then().statusCode(401);
        RestAssured.given().get(Api.readiness(cutoverId)).then().statusCode(401);
    }

    @Test
    void testers_and_stakeholders_read_the_readiness_only_and_do_not_write() {
        String cutoverId = Api.knownCutover();
        String id = Api.register(cutoverId, Api.integrationBody("Carrier", "HIGH", true, List.of()));
        for (String reader : new String[] {DemoUsers.TESTER, DemoUsers.STAKEHOLDER}) {
            as(reader).body(Api.integrationBody("Shop", "HIGH", true, List.of())).post(Api.integrations(cutoverId))
                    .then().statusCode(403).contentType("application/problem+json");
            as(reader).body(Api.integrationBody("Carrier 2", "HIGH", true, List.of()))
                    .put(Api.integration(cutoverId, id)).then().statusCode(403);
            as(reader).delete(Api.integration(cutoverId, id)).then().statusCode(403);
            as(reader).body(Map.of("status", "PASSED", "evidence", "looked at it"))
                    .put(Api.checklist(cutoverId, id) + "/ENDPOINTS").then().statusCode(403);
            as(reader).body(Map.of("target", "https://api.carrier.example/health"))
                    .post(Api.probes(cutoverId, id)).then().statusCode(403);
            // Integrations, their checklists and probes hold the client's endpoints (README, Access).
            as(reader).get(Api.integrations(cutoverId)).then().statusCode(403).contentType("application/problem+json");
            as(reader).get(Api.integration(cutoverId, id)).then().statusCode(403);
            as(reader).get(Api.checklist(cutoverId, id)).then().statusCode(403);
            as(reader).get(Api.probes(cutoverId, id)).then().statusCode(403);
            as(reader).get(Api.readiness(cutoverId)).then().statusCode(200)
                    .body("integrations[0].name", equalTo("Carrier"));
        }
        as(DemoUsers.ON_CALL).get(Api.integration(cutoverId, id)).then().statusCode(200).body("name", equalTo("Carrier"));
    }

    @Test
    void a_write_for_a_cutover_cutover_planner_never_announced_is_refused_and_writes_nothing() {
        String unknown = UUID.randomUUID().toString();
        String anyIntegration = UUID.randomUUID().toString();
        // Nobody takes part in a cutover that was never announced: refused before anything is looked up
        // (no write here is the admin's, so a real id never reaches the unknown-cutover 404).
        String notAMember = "https://golive.dev/problems/not-a-member";
        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            as(DemoUsers.OPS_LEAD).body(Api.integrationBody("Carrier", "HIGH", true, List.of()))
                    .post(Api.integrations(unknown)).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo(notAMember))
                    .body("detail", startsWith("you take no part in cutover " + unknown));
            as(DemoUsers.ON_CALL).body(Api.integrationBody("Carrier", "HIGH", true, List.of()))
                    .put(Api.integration(unknown, anyIntegration)).then().statusCode(403)
                    .body("type", equalTo(notAMember));
            as(DemoUsers.ON_CALL).delete(Api.integration(unknown, anyIntegration)).then().statusCode(403)
                    .body("type", equalTo(notAMember));
            as(DemoUsers.ON_CALL).body(Map.of("status", "PASSED", "evidence", "looked at it"))
                    .put(Api.checklist(unknown, anyIntegration) + "/ENDPOINTS").then().statusCode(403)
                    .body("type", equalTo(notAMember));
            as(DemoUsers.ON_CALL).body(Map.of("target", "https://api.carrier.example/health"))
                    .post(Api.probes(unknown, anyIntegration)).then().statusCode(403)
                    .body("type", equalTo(notAMember));
            as(DemoUsers.ON_CALL).delete(Api.probes(unknown, anyIntegration) + "/" + UUID.randomUUID())
                    .then().statusCode(403).body("type", equalTo(notAMember));
            as(DemoUsers.ON_CALL).post(Api.run(unknown, anyIntegration, UUID.randomUUID().toString()))
                    .then().statusCode(403).body("type", equalTo(notAMember));
            as(DemoUsers.OPS_LEAD).body(Api.integrationBody("Carrier", "HIGH", true, List.of()))
                    .post(Api.integrations("00000000-0000-0000-0000-000000000000")).then().statusCode(403)
                    .body("type", equalTo(notAMember));
            // An id that is no cutover id at all is still the unknown-cutover 404.
            as(DemoUsers.OPS_LEAD).body(Api.integrationBody("Carrier", "HIGH", true, List.of()))
                    .post(Api.integrations("not-a-cutover")).then().statusCode(404)
                    .body("type", equalTo("https://golive.dev/problems/unknown-cutover"))
                    .body("detail", startsWith("cutover not-a-cutover is not known to integration-readiness"));
            // The role check comes first: a tester or stakeholder learns nothing about which cutovers exist.
            for (String reader : new String[] {DemoUsers.TESTER, DemoUsers.STAKEHOLDER}) {
                as(reader).body(Api.integrationBody("Carrier", "HIGH", true, List.of()))
                        .post(Api.integrations(unknown)).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://golive.dev/problems/forbidden"));
            }
            // Nothing was written: no projection row, no integration, nothing announced (the admin reads every cutover).
            assertThat(Db.projection(unknown)).isEmpty();
            as(DemoUsers.ADMIN).get(Api.integrations(unknown)).then().statusCode(200).body("", hasSize(0));
            integration.awaitNone(CatalogEvents.of(unknown, EventCatalog.INTEGRATION_REGISTERED), Duration.ofSeconds(1));
        }

        // Once cutover-planner announces it (the demo team its members), the same write is accepted.
        KnownCutovers.announce(Api.bootstrap(), unknown, id -> Db.projection(id).isPresent());
        String id = Api.register(unknown, Api.integrationBody("Carrier", "HIGH", true, List.of()));
        as(DemoUsers.ON_CALL).get(Api.integrations(unknown)).then().statusCode(200).body("id", contains(id));
    }

    @Test
    void checklist_and_probe_rules_are_422s_and_a_forbidden_move_is_a_409() {
        String cutoverId = Api.knownCutover();
        String id = Api.register(cutoverId, Api.integrationBody("Carrier", "HIGH", true, List.of()));
        String item = Api.checklist(cutoverId, id) + "/PAYLOADS";
        as(DemoUsers.ON_CALL).body(Map.of("status", "PASSED")).put(item).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("evidence"));
        as(DemoUsers.ON_CALL).body(Map.of("status", "MAYBE", "evidence", "hmm")).put(item).then().statusCode(422)
                .body("errors[0].field", equalTo("status"));
        as(DemoUsers.ON_CALL).body(Map.of("status", "PASSED", "evidence", "ok")).put(Api.checklist(cutoverId, id) + "/COFFEE")
                .then().statusCode(422).body("errors[0].field", equalTo("item"));
        as(DemoUsers.ON_CALL).body(Map.of("status", "FAILED", "evidence", "order payload lacks the incoterm")).put(item)
                .then().statusCode(200);
        as(DemoUsers.ON_CALL).body(Map.of("status", "NOT_APPLICABLE")).put(item).then().statusCode(409)
                .body("reasons[0]", equalTo("FAILED->NOT_APPLICABLE"));

        as(DemoUsers.ON_CALL).body(Map.of("target", "gopher://api.carrier.example", "timeout", "PT5M", "retries", 9,
                        "expectedStatus", 42, "jsonAssertions", Map.of("status", "ok")))
                .post(Api.probes(cutoverId, id)).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("target", "expectedStatus", "timeout", "retries",
                        "jsonAssertions[\"status\"]"));
        as(DemoUsers.ON_CALL).body(Map.of("target", "https://api.carrier.example/health")).post(Api.probes(cutoverId, id))
                .then().statusCode(201).body("timeout", equalTo("PT10S")).body("retries", equalTo(2))
                .body("certificateMargin", equalTo("PT336H"));
        as(DemoUsers.ON_CALL).post(Api.probes(cutoverId, id) + "/" + UUID.randomUUID() + ":run").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
