package dev.golive.staging;

import dev.golive.staging.support.Api;
import dev.golive.staging.support.Db;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static dev.golive.staging.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every endpoint declares who may call it; refusals are problem details. */
@QuarkusTest
class SecurityTest {

    private static Map<String, Object> rehearsal() {
        return Map.of("productionBackupAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                "sourceVersion", 16, "targetVersion", 19);
    }

    @Test
    void without_a_token_the_api_answers_401_problem_details() {
        String id = UUID.randomUUID().toString();
        RestAssured.given().get(Api.rehearsals(id)).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"golive\""));
        RestAssured.given().contentType("application/json").body(rehearsal()).post(Api.rehearsals(id))
                .then().statusCode(401).contentType("application/problem+json");
        RestAssured.given().get("/api/cutovers/" + id + "/staging-readiness").then().statusCode(401);
        RestAssured.given().post("/api/cutovers/" + id + "/staging-webhook-secret").then().statusCode(401);
        RestAssured.given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .get(Api.rehearsals(id)).then().statusCode(401);
    }

    @Test
    void testers_and_stakeholders_read_what_the_table_allows_but_do_not_write_and_only_the_ops_lead_sets_the_policy_and_secret() {
        String id = Api.knownCutover();
        for (String reader : new String[] {DemoUsers.TESTER, DemoUsers.STAKEHOLDER}) {
            as(reader).body(rehearsal()).post(Api.rehearsals(id)).then().statusCode(403)
                    .contentType("application/problem+json");
            as(reader).body(Map.of("customModuleCommits", 1, "moduleListChanges", 0))
                    .post("/api/cutovers/" + id + "/drift").then().statusCode(403);
            as(reader).get("/api/cutovers/" + id + "/staging-readiness").then().statusCode(200)
                    .body("ready", equalTo(false)).body("reasons[0]", equalTo("NO_SUCCESSFUL_REHEARSAL"));
            // The policy and drift are for those who run the rehearsals (README, Access).
            as(reader).get("/api/cutovers/" + id + "/staging-policy").then().statusCode(403)
                    .contentType("application/problem+json");
            as(reader).get("/api/cutovers/" + id + "/drift").then().statusCode(403);
        }
        // Testers follow the rehearsals; stakeholders read the verdict only.
        as(DemoUsers.TESTER).get(Api.rehearsals(id)).then().statusCode(200);
        as(DemoUsers.STAKEHOLDER).get(Api.rehearsals(id)).then().statusCode(403)
                .contentType("application/problem+json");
        as(DemoUsers.ON_CALL).body(Map.of("maxAge", "P7D")).put("/api/cutovers/" + id + "/staging-policy")
                .then().statusCode(403).contentType("application/problem+json");
        as(DemoUsers.ON_CALL).post("/api/cutovers/" + id + "/staging-webhook-secret").then().statusCode(403);
        as(DemoUsers.ON_CALL).get("/api/cutovers/" + id + "/staging-policy").then().statusCode(200)
                .body("defaults", equalTo(true));

        // The roles that may write, can.
        String rid = as(DemoUsers.ON_CALL).body(rehearsal()).post(Api.rehearsals(id)).then().statusCode(201)
                .extract().path("id");
        as(DemoUsers.TESTER).post(Api.rehearsal(id, rid) + "/hops/16/start").then().statusCode(403);
        as(DemoUsers.OPS_LEAD).body(Map.of("maxAge", "P7D")).put("/api/cutovers/" + id + "/staging-policy")
                .then().statusCode(200).body("maxAge", equalTo("PT168H"));
        as(DemoUsers.TESTER).get(Api.rehearsals(id)).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void a_write_for_a_cutover_cutover_planner_never_announced_is_refused_and_writes_nothing() {
        String unknown = UUID.randomUUID().toString();
        // Nobody takes part in a cutover that was never announced: refused before anything is looked up
        // (the writes here are not the admin's, so the unknown-cutover 404 is not reached by a real id).
        as(DemoUsers.OPS_LEAD).body(rehearsal()).post(Api.rehearsals(unknown)).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://golive.dev/problems/not-a-member"));
        as(DemoUsers.OPS_LEAD).body(Map.of("maxAge", "P7D")).put("/api/cutovers/" + unknown + "/staging-policy")
                .then().statusCode(403).body("type", equalTo("https://golive.dev/problems/not-a-member"));
        as(DemoUsers.OPS_LEAD).post("/api/cutovers/" + unknown + "/staging-webhook-secret").then().statusCode(403)
                .body("type", equalTo("https://golive.dev/problems/not-a-member"));
        as(DemoUsers.OPS_LEAD).body(rehearsal()).post(Api.rehearsals("00000000-0000-0000-0000-000000000000"))
                .then().statusCode(403).body("type", equalTo("https://golive.dev/problems/not-a-member"));
        // An id that is no cutover id at all is still the unknown-cutover 404.
        as(DemoUsers.OPS_LEAD).body(rehearsal()).post(Api.rehearsals("not-a-cutover")).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://golive.dev/problems/unknown-cutover"))
                .body("detail", org.hamcrest.Matchers.startsWith("cutover not-a-cutover is not known to staging-refresh"));
        // The role check comes first: a stakeholder learns nothing about which cutovers exist.
        as(DemoUsers.STAKEHOLDER).body(rehearsal()).post(Api.rehearsals(unknown)).then().statusCode(403)
                .body("type", equalTo("https://golive.dev/problems/forbidden"));
        // Nothing was written: no projection row, no rehearsal, no policy (the admin reads every cutover).
        assertThat(Db.projectionRows(unknown)).isZero();
        as(DemoUsers.ADMIN).get(Api.rehearsals(unknown)).then().statusCode(200).body("size()", equalTo(0));
        as(DemoUsers.ADMIN).get("/api/cutovers/" + unknown + "/staging-policy").then().statusCode(200)
                .body("defaults", equalTo(true));

        // Once cutover-planner announces it, the same write is accepted.
        KnownCutovers.announce(Api.bootstrap(), unknown, id -> Db.projection(id).isPresent());
        as(DemoUsers.OPS_LEAD).body(rehearsal()).post(Api.rehearsals(unknown)).then().statusCode(201);
    }
}
