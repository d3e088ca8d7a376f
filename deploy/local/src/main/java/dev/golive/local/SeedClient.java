package dev.golive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.TokenCache;
import dev.golive.testkit.UserHttp;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON calls to the services as a demo user, through the testkit's {@link UserHttp} (tokens from
 * Keycloak, renewed shortly before they expire). A refusal (4xx, 5xx) becomes a
 * {@link SeedException} carrying the service's problem detail, so the seed can stop with a clear
 * message.
 */
final class SeedClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UserHttp http;

    SeedClient(KeycloakServer keycloak) {
        this.http = new UserHttp(TokenCache.of(keycloak));
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
        String call = method + " " + url + " as " + user;
        UserHttp.Answer answer;
        try {
            answer = http.send(user, method, url, body);
        } catch (UncheckedIOException e) {
            throw new SeedException(call, 0, e.getCause().getMessage());
        } catch (IllegalStateException noTokenOrInterrupted) {
            throw new SeedException(call, 0, noTokenOrInterrupted.getMessage());
        }
        if (answer.status() >= 400) {
            throw new SeedException(call, answer.status(), problem(answer.body()));
        }
        try {
            JsonNode json = answer.json();
            return json == null ? JSON.createObjectNode() : json;
        } catch (IllegalStateException notJson) {
            throw new SeedException(call, answer.status(), notJson.getMessage());
        }
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
