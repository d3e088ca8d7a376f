package dev.golive.rollback.security;

import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KeycloakServer;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Sets up, through Keycloak's admin REST API, the clients and the realm that issue the tokens a
 * service must refuse. Done at test time so the Golive realm file stays what users run.
 */
final class RealmAdmin {

    private final KeycloakServer keycloak;

    RealmAdmin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /**
     * A public client of the golive realm with the password grant; {@code audience}, when given,
     * is added to its access tokens; {@code lifespanSeconds}, when given, overrides the realm's
     * access-token lifespan for this client only.
     */
    void createPublicClient(String realm, String clientId, String audience, Integer lifespanSeconds) {
        Map<String, Object> client = new java.util.HashMap<>();
        client.put("clientId", clientId);
        client.put("publicClient", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        if (lifespanSeconds != null) {
            client.put("attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds)));
        }
        if (audience != null) {
            client.put("protocolMappers", List.of(audienceMapper(audience)));
        }
        created(admin().body(client).post(keycloak.baseUrl() + "/admin/realms/" + realm + "/clients"));
    }

    /**
     * A second realm that knows the same user with the same role and whose CLI client adds the
     * service's audience: everything in its tokens is right except the issuer.
     */
    void createRealm(String realm, String username, String role, String audience, String signingKey) {
        Map<String, Object> user = Map.of(
                "username", username, "enabled", true, "emailVerified", true,
                "firstName", "Impostor", "lastName", "Of " + username, "email", username + "@" + realm + ".test",
                "credentials", List.of(Map.of("type", "password", "value", DemoUsers.PASSWORD,
                        "temporary", false)),
                "realmRoles", List.of(role));
        Map<String, Object> client = Map.of(
                "clientId", KeycloakServer.CLI_CLIENT, "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false, "protocolMappers", List.of(audienceMapper(audience)));
        Map<String, Object> body = Map.of(
                "realm", realm, "enabled", true,
                "roles", Map.of("realm", List.of(Map.of("name", role))),
                "users", List.of(user),
                "clients", List.of(client),
                "components", Map.of("org.keycloak.keys.KeyProvider", List.of(rsaKey("shared-signing-key",
                        signingKey, 1000))));
        created(admin().body(body).post(keycloak.baseUrl() + "/admin/realms"));
    }

    /**
     * Publishes {@code privateKey} in the realm's key set at a low priority: tokens it signs
     * verify, while the realm keeps signing its own tokens with its usual key.
     */
    String addVerificationKey(String realm, String name, String privateKey) {
        String realmId = admin().get(keycloak.baseUrl() + "/admin/realms/" + realm).then().statusCode(200)
                .extract().path("id");
        Map<String, Object> component = new java.util.HashMap<>(rsaKey(name, privateKey, -100));
        component.put("providerType", "org.keycloak.keys.KeyProvider");
        component.put("parentId", realmId);
        Response response = admin().body(component).post(keycloak.baseUrl() + "/admin/realms/" + realm + "/components");
        created(response);
        String location = response.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    void removeComponent(String realm, String componentId) {
        admin().delete(keycloak.baseUrl() + "/admin/realms/" + realm + "/components/" + componentId);
    }

    void deleteRealm(String realm) {
        admin().delete(keycloak.baseUrl() + "/admin/realms/" + realm);
    }

    /** An access token by the password grant on {@code clientId} of {@code realm}. */
    String accessToken(String realm, String clientId, String username) {
        return RestAssured.given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", DemoUsers.PASSWORD)
                .post(keycloak.baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The ids ({@code kid}) of the keys the realm publishes for verifying its tokens. */
    List<String> publishedKeyIds(String realm) {
        return RestAssured.get(keycloak.baseUrl() + "/realms/" + realm + "/protocol/openid-connect/certs")
                .then().statusCode(200).extract().path("keys.kid");
    }

    /** A fresh RSA private key, PKCS#8 DER in Base64, the form Keycloak's rsa key provider takes. */
    static String newRsaPrivateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RequestSpecification admin() {
        String token = RestAssured.given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", KeycloakServer.ADMIN_USERNAME)
                .formParam("password", KeycloakServer.ADMIN_PASSWORD)
                .post(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> audienceMapper(String audience) {
        return Map.of("name", "audience " + audience, "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.client.audience", audience, "access.token.claim", "true",
                        "id.token.claim", "false"));
    }

    private static Map<String, Object> rsaKey(String name, String privateKey, int priority) {
        return Map.of("name", name, "providerId", "rsa",
                "config", Map.of("privateKey", List.of(privateKey), "priority", List.of(String.valueOf(priority)),
                        "active", List.of("true"), "enabled", List.of("true"), "algorithm", List.of("RS256")));
    }

    /** 201, or 409 when an earlier run in this JVM already created it. */
    private static void created(Response response) {
        int status = response.statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Keycloak admin API answered " + status + ": " + response.asString());
        }
    }
}
