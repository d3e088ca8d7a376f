package dev.golive.notification.support;

import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.awaitility.Awaitility.await;

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
     * the service: writes for it are accepted. Nobody hears of the announcement (no stakeholder
     * exists yet, and CUTOVER_PLANNED is INFO, which no role hears by default).
     */
    public static String knownCutover() {
        return KnownCutovers.announce(bootstrap(), id -> Db.projection(id).isPresent());
    }

    /**
     * Announces {@code cutoverId} under {@code name} (the test's own {@link Events#planned}), and waits
     * until the service knows it by that name: for tests whose messages name the cutover.
     */
    public static void announce(String cutoverId, String name) {
        CatalogEvents.publish(bootstrap(), Events.planned(cutoverId, name));
        await("cutover " + cutoverId + " known as " + name).atMost(CatalogEvents.WAIT)
                .until(() -> Db.projection(cutoverId).map(p -> name.equals(p.name)).orElse(false));
    }

    /** The cutover's members are now exactly {@code members} (announced as cutover-planner does, and applied). */
    public static void setMembers(String cutoverId, List<CutoverMember> members) {
        Set<String> expected = members.stream().map(m -> m.member() + "/" + m.role()).collect(Collectors.toSet());
        CatalogEvents.publish(bootstrap(), KnownCutovers.members(cutoverId, members));
        await("members of " + cutoverId).atMost(CatalogEvents.WAIT).until(() -> Db.members(cutoverId).equals(expected));
    }

    public static String stakeholders(String cutoverId) {
        return "/api/cutovers/" + cutoverId + "/stakeholders";
    }

    /** A stakeholder body: the person, optionally an e-mail and webhook targets (url → format). */
    public static Map<String, Object> stakeholder(String username, String role, String zone, String language,
                                                  String email, Map<String, String> webhooks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", username.substring(0, 1).toUpperCase() + username.substring(1));
        body.put("username", username);
        body.put("role", role);
        body.put("zone", zone);
        body.put("language", language);
        if (email != null) {
            body.put("email", email);
        }
        List<Map<String, String>> targets = new ArrayList<>();
        webhooks.forEach((url, format) -> targets.add(Map.of("url", url, "format", format)));
        body.put("webhooks", targets);
        return body;
    }

    /** Creates a stakeholder as the ops lead; the response (with the webhook secrets, shown this once). */
    public static io.restassured.path.json.JsonPath create(String cutoverId, Map<String, Object> body) {
        return as(OPS_LEAD).body(body).post(stakeholders(cutoverId)).then().statusCode(201).extract().jsonPath();
    }

    private Api() {
    }
}
