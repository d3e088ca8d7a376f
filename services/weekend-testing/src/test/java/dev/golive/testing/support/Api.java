package dev.golive.testing.support;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;


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

    /** A new cutover announced by cutover-planner and known to the service (writes for it are accepted). */
    public static String knownCutover() {
        return KnownCutovers.announce(bootstrap(), id -> Db.projection(id).isPresent());
    }

    public static String base(String cutoverId) {
        return "/api/cutovers/" + cutoverId;
    }

    public static String scenarios(String cutoverId) {
        return base(cutoverId) + "/scenarios";
    }

    public static String testers(String cutoverId) {
        return base(cutoverId) + "/testers";
    }

    public static String assignments(String cutoverId) {
        return base(cutoverId) + "/assignments";
    }

    public static String roster(String cutoverId) {
        return base(cutoverId) + "/roster";
    }

    private Api() {
    }
}
