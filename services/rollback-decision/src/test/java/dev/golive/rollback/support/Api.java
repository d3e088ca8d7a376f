package dev.golive.rollback.support;

import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
     * the service: writes for it are accepted.
     */
    public static String knownCutover() {
        return KnownCutovers.announce(bootstrap(), id -> Db.projection(id).isPresent());
    }

    /**
     * The demo team takes part in a cutover that came from other events (a window first, no
     * {@code CutoverPlanned}): cutover-planner's {@code CutoverMembersChanged}, applied before this returns.
     */
    public static void teamTakesPart(String cutoverId) {
        setMembers(cutoverId, DemoUsers.team());
    }

    /** The cutover's members are now exactly {@code members} (announced as cutover-planner does, and applied). */
    public static void setMembers(String cutoverId, List<CutoverMember> members) {
        Set<String> expected = members.stream().map(m -> m.member() + "/" + m.role()).collect(Collectors.toSet());
        CatalogEvents.publish(bootstrap(), KnownCutovers.members(cutoverId, members));
        await("members of " + cutoverId).atMost(CatalogEvents.WAIT).until(() -> Db.members(cutoverId).equals(expected));
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
