package dev.golive.planner.support;

import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;

/** Calls to the service as the realm's demo users, with real tokens from Keycloak. */
public final class Api {

    /** A JSON request as a demo user (see {@link dev.golive.testkit.DemoUsers}), with its cached token. */
    public static RequestSpecification as(String user) {
        return RestAssured.given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    public static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
    }

    /**
     * A valid cutover body; each call names a fresh on-call team so windows never collide across tests.
     * The demo team takes part in it (each user in its realm role), as an ops lead would name them.
     */
    public static Map<String, Object> cutover(String zone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Odoo 16 to 19 for Acme");
        body.put("client", "Acme Trading");
        body.put("erpProduct", "Odoo");
        body.put("sourceVersion", 16);
        body.put("targetVersion", 19);
        body.put("zone", zone);
        body.put("onCallTeam", "team-" + UUID.randomUUID());
        body.put("members", DemoUsers.team().stream()
                .map(m -> new HashMap<String, Object>(Map.of("member", m.member(), "role", m.role())))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
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

    /**
     * A whole go-live weekend compressed into seconds, laid by the policy alone (no mocked time):
     * the downtime today at {@code downtimeStart}; staging refresh deadline 14 s and go/no-go
     * 12 s before it; system back 3 s and review end 5 s after it; weekend testing ends at +8 s
     * and business resumes at +12 s on the same day (wall clock); rollback needs 2 s, so the point
     * of no return is at +10 s. {@code downtimeStart} must leave the whole weekend on one date.
     */
    public static Map<String, Object> compressedPolicy(ZonedDateTime downtimeStart) {
        Map<String, Object> policy = imminentPolicy(downtimeStart);
        policy.put("stagingRefreshBeforeDowntime", "PT14S");
        policy.put("goNoGoBeforeDowntime", "PT12S");
        policy.put("expectedDowntime", "PT3S");
        policy.put("technicalReview", "PT2S");
        policy.put("weekendTestingEndDay", downtimeStart.getDayOfWeek().name());
        policy.put("weekendTestingEndTime", downtimeStart.toLocalTime().plusSeconds(8).withNano(0).toString());
        policy.put("businessResumeDay", downtimeStart.getDayOfWeek().name());
        policy.put("businessResumeTime", downtimeStart.toLocalTime().plusSeconds(12).withNano(0).toString());
        policy.put("restoreDuration", "PT2S");
        policy.put("revalidationBuffer", "PT0S");
        return policy;
    }

    /** {@code seconds} from now in the first of a few zones where the next minutes stay on today's date. */
    public static ZonedDateTime secondsFromNowOnOneDate(long seconds) {
        for (String zone : List.of("Europe/Paris", "Asia/Tokyo", "America/New_York")) {
            ZonedDateTime start = secondsFromNow(seconds, ZoneId.of(zone));
            if (start.toLocalDate().equals(start.plusMinutes(2).toLocalDate())
                    && start.toLocalDate().equals(ZonedDateTime.now(start.getZone()).toLocalDate())) {
                return start;
            }
        }
        throw new IllegalStateException("no zone keeps the next minutes on one date");
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
