package dev.golive.integration.support;

import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.awaitility.Awaitility.await;

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

    /**
     * Makes the demo team members of a cutover that came from other events than CutoverPlanned (a window
     * first), as cutover-planner's CutoverMembersChanged would, and waits until the service has them.
     */
    public static void teamTakesPart(String cutoverId) {
        CatalogEvents.publish(bootstrap(), KnownCutovers.members(cutoverId, DemoUsers.team()));
        await("the demo team members of " + cutoverId).atMost(CatalogEvents.WAIT)
                .until(() -> Db.members(cutoverId).contains(OPS_LEAD));
    }

    public static String integrations(String cutoverId) {
        return "/api/cutovers/" + cutoverId + "/integrations";
    }

    public static String integration(String cutoverId, String integrationId) {
        return integrations(cutoverId) + "/" + integrationId;
    }

    public static String checklist(String cutoverId, String integrationId) {
        return integration(cutoverId, integrationId) + "/checklist";
    }

    public static String probes(String cutoverId, String integrationId) {
        return integration(cutoverId, integrationId) + "/probes";
    }

    public static String readiness(String cutoverId) {
        return "/api/cutovers/" + cutoverId + "/integration-readiness";
    }

    /** A valid integration body: a carrier that reads and writes two fields of sale.order. */
    public static Map<String, Object> integrationBody(String name, String criticality, boolean testableOnStaging,
                                                      List<String> fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "SHIPPING_CARRIER");
        body.put("owner", "logistics team");
        body.put("criticality", criticality);
        body.put("testableOnStaging", testableOnStaging);
        body.put("endpoints", List.of("https://api.carrier.example/v2"));
        body.put("models", List.of());
        body.put("fields", new ArrayList<>(fields));
        body.put("scheduledActions", List.of("Push deliveries to carrier"));
        body.put("credentialsExpireOn", "2099-12-31");
        body.put("liveChecks", List.of("print a label for a test delivery"));
        return body;
    }

    /** Registers an integration as the ops lead and returns its id. */
    public static String register(String cutoverId, Map<String, Object> body) {
        return as(OPS_LEAD).body(body).post(integrations(cutoverId)).then().statusCode(201).extract().path("id");
    }

    /** Defines a probe as the ops lead and returns its id. */
    public static String probe(String cutoverId, String integrationId, Map<String, Object> body) {
        return as(OPS_LEAD).body(body).post(probes(cutoverId, integrationId)).then().statusCode(201).extract().path("id");
    }

    public static String run(String cutoverId, String integrationId, String probeId) {
        return probes(cutoverId, integrationId) + "/" + probeId + ":run";
    }

    private Api() {
    }
}
