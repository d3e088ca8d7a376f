package dev.golive.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON calls to the services over HTTP as a demo user, with that user's token from a
 * {@link TokenCache}: what the console's tests, the end-to-end weekend and the local demo seed
 * send (the services' own tests use RestAssured with {@link Tokens} instead).
 *
 * <p>HTTP/1.1 (the services speak it; no h2c upgrade is tried on each new connection), no proxy
 * (every service runs on this machine), a {@code PATCH} body is a JSON merge patch.
 */
public final class UserHttp {

    /** How long one call may take, from sending to the whole answer. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenCache tokens;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public UserHttp(TokenCache tokens) {
        this.tokens = tokens;
    }

    /** Calls with the tokens of {@link KeycloakServer#shared()}, cached by {@link Tokens}. */
    public static UserHttp shared() {
        return Shared.INSTANCE;
    }

    /** Created on first use: one HTTP client for the whole JVM. */
    private static final class Shared {
        static final UserHttp INSTANCE = new UserHttp(Tokens.cache());
    }

    /** A status and a body (empty when the service sent none). */
    public record Answer(int status, String body) {

        public boolean successful() {
            return status / 100 == 2;
        }

        /** The body as JSON; null when empty. */
        public JsonNode json() {
            if (body == null || body.isBlank()) {
                return null;
            }
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Not JSON (HTTP " + status + "): " + body, e);
            }
        }
    }

    /**
     * Sends {@code body} (serialized as JSON; none when null) with {@code method} to {@code url} as
     * {@code user}; answers whatever the service answered.
     *
     * @throws UncheckedIOException when the call does not get an answer
     */
    public Answer send(String user, String method, String url, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(CALL_TIMEOUT)
                .header("Authorization", tokens.bearer(user))
                .header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "PATCH".equals(method) ? "application/merge-patch+json" : "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " as " + user + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + url + " as " + user + " interrupted", e);
        }
    }

    /**
     * A call that must answer {@code expected}; its JSON body (null when empty).
     *
     * @throws AssertionError naming the call and the answer otherwise
     */
    public JsonNode expect(int expected, String user, String method, String url, Object body) {
        Answer answer = send(user, method, url, body);
        if (answer.status() != expected) {
            throw new AssertionError(method + " " + url + " as " + user + " answered HTTP " + answer.status()
                    + " (expected " + expected + "): " + answer.body());
        }
        return answer.json();
    }

    /**
     * A call that must succeed (any 2xx); its JSON body (null when empty).
     *
     * @throws AssertionError naming the call and the answer otherwise
     */
    public JsonNode ok(String user, String method, String url, Object body) {
        Answer answer = send(user, method, url, body);
        if (!answer.successful()) {
            throw new AssertionError(method + " " + url + " as " + user + " answered HTTP " + answer.status()
                    + ": " + answer.body());
        }
        return answer.json();
    }
}
