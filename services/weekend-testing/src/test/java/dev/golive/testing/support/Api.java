package dev.golive.testing.support;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Calls to the service as the realm's demo users, with real tokens from Keycloak. */
public final class Api {

    public static final String OPS_LEAD = "olivia";
    public static final String ON_CALL = "oscar";
    public static final String TESTER = "tess";
    public static final String OTHER_TESTER = "theo";
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

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }

    public static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
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
