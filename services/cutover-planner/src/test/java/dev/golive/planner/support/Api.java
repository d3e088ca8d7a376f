package dev.golive.planner.support;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls to the service as the realm's demo users, with real tokens from Keycloak. */
public final class Api {

    public static final String OPS_LEAD = "olivia";
    public static final String ON_CALL = "oscar";
    public static final String TESTER = "tess";
    public static final String STAKEHOLDER = "sam";
    public static final String ADMIN = "ada";

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

    /** A valid cutover body; each call names a fresh on-call team so windows never collide across tests. */
    public static Map<String, Object> cutover(String zone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Odoo 16 to 19 for Acme");
        body.put("client", "Acme Trading");
        body.put("erpProduct", "Odoo");
        body.put("sourceVersion", 16);
        body.put("targetVersion", 19);
        body.put("zone", zone);
        body.put("onCallTeam", "team-" + UUID.randomUUID());
        return body;
    }

    public static String create(Map<String, Object> body) {
        return as(OPS_LEAD).body(body).post("/api/cutovers").then().statusCode(201).extract().path("id");
    }

    /**
     * A policy whose first milestones fall a few seconds from now, so tests can watch real
     * triggers fire: staging refresh deadline at +{@code seconds}, go/no-go 2 s later,
     * downtime start 2 s after that.
     */
    public static Map<String, Object> imminentPolicy(ZonedDateTime downtimeStart) {
        Map<String, Object> policy = new HashMap<>();
        policy.put("downtimeDay", downtimeStart.getDayOfWeek().name());
        policy.put("downtimeStartTime", downtimeStart.toLocalTime().withNano(0).toString());
        policy.put("minimumLeadTime", "PT0S");
        policy.put("stagingRefreshBeforeDowntime", "PT4S");
        policy.put("goNoGoBeforeDowntime", "PT2S");
        return policy;
    }

    public static ZonedDateTime secondsFromNow(long seconds, ZoneId zone) {
        return ZonedDateTime.now(zone).plusSeconds(seconds).withNano(0);
    }

    public static List<String> milestoneNames(String cutoverId) {
        return as(OPS_LEAD).get("/api/cutovers/" + cutoverId).then().statusCode(200)
                .extract().path("window.milestones.milestone");
    }

    private Api() {
    }
}
