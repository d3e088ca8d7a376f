package dev.golive.rollback.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.rollback.support.Api;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KeycloakServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Bearer tokens from the real Keycloak that the service must refuse: expired, issued by another
 * realm, meant for another audience, or carrying no role for the action. Each bad token is first
 * shown to be right in every other respect (its claims are read), so the refusal is for that one
 * fault. Every refusal is a problem detail.
 */
@QuarkusTest
class TokenValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLIVE = KeycloakServer.REALM;
    private static final String AUDIENCE = "rollback-decision";
    private static final String IMPOSTOR_REALM = "golive-impostor";
    private static final String SHORT_LIVED_CLIENT = "golive-short-lived";
    private static final String NO_AUDIENCE_CLIENT = "golive-no-audience";
    private static final int SHORT_LIFESPAN_SECONDS = 3;

    private static RealmAdmin admin;
    private static String sharedKeyComponent;

    @BeforeAll
    static void issuers() {
        admin = new RealmAdmin(KeycloakServer.shared());
        admin.createPublicClient(GOLIVE, SHORT_LIVED_CLIENT, AUDIENCE, SHORT_LIFESPAN_SECONDS);
        admin.createPublicClient(GOLIVE, NO_AUDIENCE_CLIENT, null, null);
        // The impostor realm signs with a key the golive realm also publishes, so its tokens pass
        // the signature check and only the issuer can tell them apart.
        String sharedKey = RealmAdmin.newRsaPrivateKey();
        sharedKeyComponent = admin.addVerificationKey(GOLIVE, "impostor-shared-key", sharedKey);
        admin.createRealm(IMPOSTOR_REALM, DemoUsers.OPS_LEAD, "ops-lead", AUDIENCE, sharedKey);
    }

    @AfterAll
    static void removeIssuers() {
        if (admin == null) {
            return;
        }
        admin.deleteRealm(IMPOSTOR_REALM);
        if (sharedKeyComponent != null) {
            admin.removeComponent(GOLIVE, sharedKeyComponent);
        }
    }

    private static String incidents() {
        return Api.incidents(UUID.randomUUID().toString());
    }

    @Test
    void a_valid_token_with_a_reading_role_reads() {
        // A member of the cutover, in a role that reads its incidents (issue 17: not a stakeholder any more).
        Api.as(DemoUsers.ON_CALL).get(Api.incidents(Api.knownCutover())).then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void an_expired_token_is_refused() {
        String token = admin.accessToken(GOLIVE, SHORT_LIVED_CLIENT, DemoUsers.OPS_LEAD);
        JsonNode claims = claims(token);
        assertThat(claims.get("iss").asText()).isEqualTo(KeycloakServer.shared().issuer());
        assertThat(audiences(claims)).contains(AUDIENCE);
        assertThat(roles(claims)).contains("ops-lead");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(SHORT_LIFESPAN_SECONDS);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> withToken(token).get(incidents()).statusCode() == 401);
        assertThat(Instant.now().getEpochSecond()).isGreaterThanOrEqualTo(claims.get("exp").asLong());
        unauthorized(withToken(token).get(incidents()).then());
    }

    @Test
    void a_token_from_another_issuer_is_refused_even_when_signed_by_a_published_key() {
        String token = admin.accessToken(IMPOSTOR_REALM, KeycloakServer.CLI_CLIENT, DemoUsers.OPS_LEAD);
        JsonNode claims = claims(token);
        assertThat(claims.get("iss").asText()).endsWith("/realms/" + IMPOSTOR_REALM);
        assertThat(audiences(claims)).contains(AUDIENCE);
        assertThat(roles(claims)).contains("ops-lead");
        assertThat(admin.publishedKeyIds(GOLIVE)).contains(header(token).get("kid").asText());

        unauthorized(withToken(token).get(incidents()).then());
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        String token = admin.accessToken(GOLIVE, NO_AUDIENCE_CLIENT, DemoUsers.OPS_LEAD);
        JsonNode claims = claims(token);
        assertThat(claims.get("iss").asText()).isEqualTo(KeycloakServer.shared().issuer());
        assertThat(audiences(claims)).doesNotContain(AUDIENCE);
        assertThat(roles(claims)).contains("ops-lead");

        unauthorized(withToken(token).get(incidents()).then());
    }

    @Test
    void a_valid_token_without_the_role_for_the_action_is_forbidden() {
        Map<String, Object> decision = Map.of("decision", "PROCEED", "rationale", "every critical flow passed");
        forbidden(Api.as(DemoUsers.TESTER).body(decision).post(Api.decisions(UUID.randomUUID().toString())).then());
        forbidden(Api.as(DemoUsers.STAKEHOLDER).body(Api.incident("Stock moves twice", "HIGH", true))
                .post(incidents()).then());
    }

    @Test
    void no_token_or_a_malformed_one_is_refused() {
        unauthorized(Api.anonymous().get(incidents()).then());
        unauthorized(withToken("not-a-jwt").get(incidents()).then());
    }

    private static io.restassured.specification.RequestSpecification withToken(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void unauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    private static void forbidden(ValidatableResponse response) {
        response.statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    private static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    private static JsonNode claims(String jwt) {
        return part(jwt, 1);
    }

    private static JsonNode part(String jwt, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code aud} is a string or an array, or absent. */
    private static List<String> audiences(JsonNode claims) {
        List<String> audiences = new ArrayList<>();
        JsonNode aud = claims.path("aud");
        if (aud.isArray()) {
            aud.forEach(a -> audiences.add(a.asText()));
        } else if (aud.isTextual()) {
            audiences.add(aud.asText());
        }
        return audiences;
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }
}
