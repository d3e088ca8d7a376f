package dev.golive.notification.support;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calls to the service as the realm's demo users, with real tokens from Keycloak. */
public final class Api {

    public static final String OPS_LEAD = "olivia";
    public static final String ON_CALL = "oscar";
    public static final String ON_CALL_2 = "nina";
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

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }

    public static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
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
