package dev.golive.planner.cutover;

import dev.golive.planner.support.Api;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static dev.golive.planner.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CutoverApiTest {

    @Inject
    EntityManager entityManager;

    @Test
    void creating_a_cutover_computes_the_upgrade_path_and_fills_the_default_policy() {
        String id = as(OPS_LEAD).body(Api.cutover("Europe/London"))
                .post("/api/cutovers")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("DRAFT"))
                .body("erp.upgradePath", contains(16, 17, 18, 19))
                .body("policy.downtimeDay", equalTo("FRIDAY"))
                .body("policy.downtimeStartTime", equalTo("17:00:00"))
                .body("policy.expectedDowntime", equalTo("PT4H"))
                .body("policy.technicalReview", equalTo("PT2H"))
                .body("policy.weekendTestingEndDay", equalTo("SUNDAY"))
                .body("policy.businessResumeTime", equalTo("08:00:00"))
                .body("policy.restoreDuration", equalTo("PT3H"))
                .body("policy.revalidationBuffer", equalTo("PT1H"))
                .body("policy.minimumLeadTime", equalTo("PT336H"))
                .body("policy.stagingRefreshBeforeDowntime", equalTo("PT72H"))
                .body("policy.goNoGoBeforeDowntime", equalTo("PT24H"))
                .extract().path("id");

        as(STAKEHOLDER).get("/api/cutovers/" + id).then().statusCode(200)
                .body("name", equalTo("Odoo 16 to 19 for Acme"))
                .body("zone", equalTo("Europe/London"))
                .body("nextStatuses", containsInAnyOrder("SCHEDULED", "CANCELLED"));
    }

    @Test
    void a_policy_field_given_overrides_its_default_and_the_rest_stay() {
        Map<String, Object> body = Api.cutover("America/New_York");
        body.put("policy", Map.of("expectedDowntime", "PT6H", "downtimeStartTime", "18:30"));
        as(OPS_LEAD).body(body).post("/api/cutovers").then().statusCode(201)
                .body("policy.expectedDowntime", equalTo("PT6H"))
                .body("policy.downtimeStartTime", equalTo("18:30:00"))
                .body("policy.technicalReview", equalTo("PT2H"));
    }

    @Test
    void invalid_fields_are_all_named_in_problem_details_and_nothing_is_stored() {
        long before = countCutovers();
        Map<String, Object> body = Api.cutover("Mars/Olympus_Mons");
        body.put("sourceVersion", 19);
        body.put("targetVersion", 16);
        body.put("policy", Map.of("expectedDowntime", "PT0S"));
        body.put("name", " ");

        as(OPS_LEAD).body(body).post("/api/cutovers")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.field", containsInAnyOrder("zone", "targetVersion", "policy.expectedDowntime", "name"));

        assertThat(countCutovers()).isEqualTo(before);
    }

    @Test
    void a_downtime_over_48_hours_is_refused() {
        Map<String, Object> body = Api.cutover("Europe/London");
        body.put("policy", Map.of("expectedDowntime", "PT49H"));
        as(OPS_LEAD).body(body).post("/api/cutovers").then().statusCode(422)
                .body("errors.field", contains("policy.expectedDowntime"));
    }

    @Test
    void a_fixed_offset_is_not_accepted_as_a_zone() {
        as(OPS_LEAD).body(Api.cutover("+02:00")).post("/api/cutovers").then().statusCode(422)
                .body("errors.field", contains("zone"));
    }

    @Test
    void an_unreadable_body_is_a_400_naming_the_field() {
        Map<String, Object> body = Api.cutover("Europe/London");
        body.put("sourceVersion", "sixteen");
        as(OPS_LEAD).body(body).post("/api/cutovers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sourceVersion"));

        as(OPS_LEAD).body("{\"name\": ").post("/api/cutovers").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void an_unknown_field_is_refused_rather_than_ignored() {
        Map<String, Object> body = Api.cutover("Europe/London");
        body.put("policy", Map.of("expectedDowntme", "PT6H"));
        as(OPS_LEAD).body(body).post("/api/cutovers").then().statusCode(400)
                .body("errors[0].field", equalTo("policy.expectedDowntme"));
    }

    @Test
    void patch_changes_only_the_given_fields_and_recomputes_the_upgrade_path() {
        String id = Api.create(Api.cutover("Europe/London"));
        as(OPS_LEAD).contentType("application/merge-patch+json")
                .body(Map.of("targetVersion", 18, "blackouts",
                        List.of(Map.of("from", "2026-12-24", "to", "2026-12-27", "reason", "Christmas"))))
                .patch("/api/cutovers/" + id)
                .then().statusCode(200)
                .body("erp.upgradePath", contains(16, 17, 18))
                .body("name", equalTo("Odoo 16 to 19 for Acme"))
                .body("blackouts[0].reason", equalTo("Christmas"));
    }

    @Test
    void a_patch_with_an_invalid_blackout_changes_nothing() {
        String id = Api.create(Api.cutover("Europe/London"));
        as(OPS_LEAD).body(Map.of("name", "Renamed", "blackouts",
                        List.of(Map.of("from", "2026-12-27", "to", "2026-12-24", "reason", "backwards"))))
                .patch("/api/cutovers/" + id)
                .then().statusCode(422)
                .body("errors.field", contains("blackouts[0].to"));
        as(OPS_LEAD).get("/api/cutovers/" + id).then().body("name", equalTo("Odoo 16 to 19 for Acme"));
    }

    @Test
    void cancelling_twice_is_a_conflict() {
        String id = Api.create(Api.cutover("Europe/London"));
        as(OPS_LEAD).body(Map.of("reason", "project paused")).post("/api/cutovers/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(OPS_LEAD).body(Map.of("reason", "again")).post("/api/cutovers/" + id + "/cancel")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://golive.dev/problems/status-transition-not-allowed"));
    }

    @Test
    void a_cancelled_cutover_refuses_every_patch() {
        String id = Api.create(Api.cutover("Europe/London"));
        as(OPS_LEAD).body(Map.of("reason", "project paused")).post("/api/cutovers/" + id + "/cancel")
                .then().statusCode(200);

        as(OPS_LEAD).body(Map.of("name", "Renamed")).patch("/api/cutovers/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://golive.dev/problems/cutover-closed"))
                .body("detail", equalTo("A cutover in status CANCELLED can no longer be edited"));
        as(OPS_LEAD).get("/api/cutovers/" + id).then().body("name", equalTo("Odoo 16 to 19 for Acme"));
    }

    @Test
    void once_the_go_live_started_the_plan_is_frozen_but_the_name_may_change() {
        String id = Api.create(Api.cutover("Europe/London"));
        LocalDate friday = LocalDate.now(ZoneId.of("Europe/London")).plusDays(15)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(17, 0).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);
        for (String status : List.of("GO_NO_GO_PASSED", "IN_PROGRESS")) {
            as(OPS_LEAD).body(Map.of("status", status, "reason", "by hand")).post("/api/cutovers/" + id + "/status")
                    .then().statusCode(200);
        }

        as(OPS_LEAD).body(Map.of("zone", "Europe/Paris")).patch("/api/cutovers/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://golive.dev/problems/plan-frozen"));
        as(OPS_LEAD).body(Map.of("name", "Acme go-live")).patch("/api/cutovers/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Acme go-live"))
                .body("zone", equalTo("Europe/London"))
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void a_status_the_life_cycle_forbids_is_a_409() {
        String id = Api.create(Api.cutover("Europe/London"));
        as(OPS_LEAD).body(Map.of("status", "IN_PROGRESS", "reason", "too early"))
                .post("/api/cutovers/" + id + "/status")
                .then().statusCode(409)
                .contentType("application/problem+json");
        as(OPS_LEAD).get("/api/cutovers/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void an_unknown_cutover_is_a_404_problem_to_an_admin_and_a_403_to_anyone_else() {
        String unknown = UUID.randomUUID().toString();
        as(DemoUsers.ADMIN).get("/api/cutovers/" + unknown).then().statusCode(404)
                .contentType("application/problem+json");
        as(DemoUsers.ADMIN).get("/api/cutovers/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        // Nobody takes part in a cutover that does not exist.
        as(OPS_LEAD).get("/api/cutovers/" + unknown).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://golive.dev/problems/not-a-member"));
    }

    @Test
    void the_list_filters_by_status_and_team_and_pages() {
        Map<String, Object> body = Api.cutover("Asia/Kolkata");
        String team = (String) body.get("onCallTeam");
        String first = Api.create(body);
        String second = Api.create(body);
        String third = Api.create(body);
        as(OPS_LEAD).body(Map.of("reason", "merged into another")).post("/api/cutovers/" + third + "/cancel")
                .then().statusCode(200);

        as(DemoUsers.TESTER).queryParam("team", team).queryParam("status", "DRAFT")
                .get("/api/cutovers")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(first, second));

        as(DemoUsers.TESTER).queryParam("team", team).queryParam("size", 1).queryParam("page", 1)
                .get("/api/cutovers")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.size()", equalTo(1))
                .body("page", equalTo(1));

        as(DemoUsers.TESTER).queryParam("size", 1000).get("/api/cutovers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        as(DemoUsers.TESTER).queryParam("status", "NOT_A_STATUS").get("/api/cutovers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        as(DemoUsers.TESTER).queryParam("from", "next friday").get("/api/cutovers")
                .then().statusCode(422).body("errors[0].field", equalTo("from"));
    }

    private long countCutovers() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> (Long) entityManager.createQuery("select count(c) from Cutover c").getSingleResult());
    }
}
