package dev.golive.planner.cutover;

import dev.golive.planner.support.Api;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.golive.planner.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SecurityTest {

    @Test
    void without_a_token_the_api_answers_401_problem_details() {
        RestAssured.given().get("/api/cutovers").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"golive\""));
        RestAssured.given().contentType("application/json").body(Api.cutover("Europe/London"))
                .post("/api/cutovers").then().statusCode(401);
    }

    @Test
    void a_forged_token_is_401() {
        RestAssured.given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .get("/api/cutovers").then().statusCode(401);
    }

    @Test
    void readers_cannot_create_schedule_or_cancel() {
        String id = Api.create(Api.cutover("Europe/London"));
        for (String reader : new String[] {DemoUsers.ON_CALL, DemoUsers.TESTER, DemoUsers.STAKEHOLDER}) {
            as(reader).body(Api.cutover("Europe/London")).post("/api/cutovers")
                    .then().statusCode(403).contentType("application/problem+json");
            as(reader).body(Map.of("downtimeStart", "2030-01-04T17:00")).put("/api/cutovers/" + id + "/window")
                    .then().statusCode(403);
            as(reader).body(Map.of("reason", "no")).post("/api/cutovers/" + id + "/cancel")
                    .then().statusCode(403);
            as(reader).body(Map.of("name", "x")).patch("/api/cutovers/" + id)
                    .then().statusCode(403);
            as(reader).get("/api/cutovers/" + id).then().statusCode(200);
        }
        as(DemoUsers.OPS_LEAD).get("/api/cutovers/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

}
