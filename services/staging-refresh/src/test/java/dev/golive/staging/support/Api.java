package dev.golive.staging.support;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calls to the service as the realm's demo users, with real tokens from Keycloak. */
public final class Api {

    public static final String OPS_LEAD = "olivia";
    public static final String ON_CALL = "oscar";
    public static final String TESTER = "tess";
    public static final String STAKEHOLDER = "sam";

    private static final Map<String, Token> TOKENS = new HashMap<>();

    private record Token(String value, Instant fetched) {
    }

    public static synchronized RequestSpecification as(String user) {
        Token token = TOKENS.get(user);
        if (token == null || token.fetched().isBefore(Instant.now().minus(Duration.ofMinutes(3)))) {
            token = new Token(Tokens.accessToken(user), Instant.now());
            TOKENS.put(user, token);
        }
        return RestAssured.given().auth().oauth2(token.value()).contentType(ContentType.JSON);
    }

    public static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
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
