package dev.golive.rollback.support;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;

/** Calls to the service as the realm's demo users, with real tokens from Keycloak. */
public final class Api {

    /** A JSON request as a demo user (see {@link dev.golive.testkit.DemoUsers}), with its cached token. */
    public static RequestSpecification as(String user) {
        return RestAssured.given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }

    public static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
    }

    /**
     * A new cutover announced by cutover-planner (a {@code CutoverPlanned}, no window yet) and known to
     * the service: writes for it are accepted.
     */
    public static String knownCutover() {
        return KnownCutovers.announce(bootstrap(), id -> Db.projection(id).isPresent());
    }

    public static String incidents(String cutoverId) {
        return "/api/cutovers/" + cutoverId + "/incidents";
    }

    public static String assessment(String cutoverId) {
        return "/api/cutovers/" + cutoverId + "/rollback-assessment";
    }

    public static String decisions(String cutoverId) {
        return "/api/cutovers/" + cutoverId + "/rollback-decisions";
    }

    public static String audit(String cutoverId) {
        return "/api/cutovers/" + cutoverId + "/rollback-audit";
    }

    /** A valid incident body reported through the API. */
    public static Map<String, Object> incident(String title, String severity, boolean systemUsable) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "found during the weekend tests");
        body.put("businessFlow", "SALES");
        body.put("severity", severity);
        body.put("systemUsable", systemUsable);
        body.put("dataIntegrityAtRisk", false);
        body.put("workaroundExists", false);
        body.put("estimatedTimeToFix", "PT2H");
        return body;
    }

    private Api() {
    }
}
