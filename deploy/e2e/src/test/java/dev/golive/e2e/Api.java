package dev.golive.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.KeycloakServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services' HTTP APIs as the people of the weekend call them: each call names who makes it
 * (a demo user of the realm, whose token is fetched from Keycloak and renewed well before it
 * expires) and the status it must answer.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Tokens live 5 minutes in the realm; one older than this is fetched again. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);

    private record Token(String value, Instant fetchedAt) {
    }

    /** HTTP/1.1: the services speak it, and no h2c upgrade is attempted on every new connection. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final KeycloakServer keycloak;
    private final Map<String, String> baseUrls;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** @param baseUrls service name → {@code http://127.0.0.1:<port>} */
    Api(KeycloakServer keycloak, Map<String, String> baseUrls) {
        this.keycloak = keycloak;
        this.baseUrls = Map.copyOf(baseUrls);
    }

    JsonNode get(String service, String path, String user) {
        return call("GET", service, path, user, null, 200);
    }

    JsonNode post(String service, String path, String user, Object body, int expected) {
        return call("POST", service, path, user, body, expected);
    }

    JsonNode put(String service, String path, String user, Object body, int expected) {
        return call("PUT", service, path, user, body, expected);
    }

    JsonNode patch(String service, String path, String user, Object body, int expected) {
        return call("PATCH", service, path, user, body, expected);
    }

    /** Calls the API and fails with the answer when the status is not {@code expected}; returns the body (or null). */
    JsonNode call(String method, String service, String path, String user, Object body, int expected) {
        String base = baseUrls.get(service);
        if (base == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "PATCH".equals(method) ? "application/merge-patch+json" : "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(method + " " + service + path + " as " + user + " answered "
                        + response.statusCode() + " (expected " + expected + "): " + response.body());
            }
            return response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + service + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String user) {
        Token token = tokens.get(user);
        if (token == null || token.fetchedAt().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            token = new Token(keycloak.accessToken(user, KeycloakServer.DEMO_PASSWORD), Instant.now());
            tokens.put(user, token);
        }
        return token.value();
    }
}
