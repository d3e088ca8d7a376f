package dev.golive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.KeycloakServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON calls to the services as a demo user, with that user's token from Keycloak (password grant
 * on {@code golive-cli}). A refusal (4xx, 5xx) becomes a {@link SeedException} carrying the
 * service's problem detail, so the seed can stop with a clear message.
 */
final class SeedClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tokens live five minutes in the realm; fetch a new one well before. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);

    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, Instant fetched) {
    }

    SeedClient(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    JsonNode get(String user, String url) {
        return send(user, "GET", url, null);
    }

    JsonNode post(String user, String url, Object body) {
        return send(user, "POST", url, body);
    }

    JsonNode put(String user, String url, Object body) {
        return send(user, "PUT", url, body);
    }

    /** One call; the answer's JSON body (an empty object when there is none). */
    JsonNode send(String user, String method, String url, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new SeedException(method + " " + url + " as " + user, response.statusCode(), problem(response.body()));
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SeedException(method + " " + url + " as " + user, 0, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException(method + " " + url + " as " + user, 0, "interrupted");
        }
    }

    private synchronized String token(String user) {
        Token token = tokens.get(user);
        if (token == null || token.fetched().isBefore(Instant.now().minus(TOKEN_REUSE))) {
            token = new Token(keycloak.accessToken(user, KeycloakServer.DEMO_PASSWORD), Instant.now());
            tokens.put(user, token);
        }
        return token.value();
    }

    /** The problem detail's title, detail, field errors and reasons on one line each; else the raw body. */
    private static String problem(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            StringBuilder text = new StringBuilder();
            text.append(problem.path("title").asText("")).append(": ").append(problem.path("detail").asText(""));
            problem.path("errors").forEach(e -> text.append("\n      ").append(e.path("field").asText())
                    .append(" ").append(e.path("message").asText()));
            problem.path("reasons").forEach(r -> text.append("\n      reason: ").append(r.asText()));
            return text.toString();
        } catch (IOException | RuntimeException notJson) {
            return body;
        }
    }

    /** A call the service refused or that did not get through. */
    static final class SeedException extends RuntimeException {
        private final int status;

        SeedException(String call, int status, String detail) {
            super(call + " answered " + (status == 0 ? "nothing" : "HTTP " + status) + "\n      " + detail);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
