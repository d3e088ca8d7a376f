package dev.golive.staging.support;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;

/** Calls to the service as the realm's demo users, with real tokens from Keycloak. */
public final class Api {

    /** A JSON request as a demo user (see {@link dev.golive.testkit.DemoUsers}), with its cached token. */
    public static RequestSpecification as(String user) {
        return RestAssured.given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    public static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
    }

    /** A new cutover announced by cutover-planner and known to the service (writes for it are accepted). */
    public static String knownCutover() {
        return KnownCutovers.announce(bootstrap(), id -> Db.projection(id).isPresent());
    }

    public static String rehearsals(String cutoverId) {
        return "/api/cutovers/" + cutoverId + "/rehearsals";
    }

    public static String rehearsal(String cutoverId, String rehearsalId) {
        return rehearsals(cutoverId) + "/" + rehearsalId;
    }

    /** Requests a rehearsal of {@code source → target} whose backup was taken at {@code backupAt}; its id. */
    public static String requestRehearsal(String cutoverId, Instant backupAt, int source, int target) {
        Map<String, Object> body = new HashMap<>();
        body.put("productionBackupAt", backupAt.toString());
        body.put("sourceVersion", source);
        body.put("targetVersion", target);
        return as(OPS_LEAD).body(body).post(rehearsals(cutoverId)).then().statusCode(201).extract().path("id");
    }

    /**
     * A rehearsal of a database without custom modules, one hop {@code 18 → 19}, that succeeded:
     * requested, hop started, then SUCCEEDED (which finishes the last hop).
     */
    public static String succeededRehearsal(String cutoverId, Instant backupAt) {
        String id = requestRehearsal(cutoverId, backupAt, 18, 19);
        as(ON_CALL).post(rehearsal(cutoverId, id) + "/hops/18/start").then().statusCode(200);
        as(ON_CALL).body(Map.of("stage", "SUCCEEDED")).post(rehearsal(cutoverId, id) + "/stage")
                .then().statusCode(200);
        return id;
    }

    public static Map<String, Object> readiness(String cutoverId) {
        return as(STAKEHOLDER).get("/api/cutovers/" + cutoverId + "/staging-readiness").then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    @SuppressWarnings("unchecked")
    public static List<String> readinessReasons(String cutoverId) {
        return (List<String>) readiness(cutoverId).get("reasons");
    }

    private Api() {
    }
}
