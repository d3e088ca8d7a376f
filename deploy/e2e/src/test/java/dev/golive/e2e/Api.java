package dev.golive.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.TokenCache;
import dev.golive.testkit.UserHttp;

import java.util.Map;

/**
 * The services' HTTP APIs as the people of the weekend call them: each call names the service, who
 * makes it (a demo user of the realm, whose token the testkit fetches from this platform's Keycloak
 * and renews shortly before it expires) and the status it must answer.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final UserHttp http;
    private final Map<String, String> baseUrls;

    /** @param baseUrls service name → {@code http://127.0.0.1:<port>} */
    Api(KeycloakServer keycloak, Map<String, String> baseUrls) {
        this.http = new UserHttp(TokenCache.of(keycloak));
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

    /**
     * One call whose outcome is the caller's to judge (a fault test expects some to fail): the answer,
     * or status -1 with the error as body when none came (refused connection, reset, timeout).
     */
    UserHttp.Answer attempt(String method, String service, String path, String user, Object body) {
        String base = baseUrls.get(service);
        if (base == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        try {
            return http.send(user, method, base + path, body);
        } catch (java.io.UncheckedIOException noAnswer) {
            return new UserHttp.Answer(-1, String.valueOf(noAnswer.getCause()));
        }
    }

    /** Calls the API and fails with the answer when the status is not {@code expected}; returns the body (or null). */
    JsonNode call(String method, String service, String path, String user, Object body, int expected) {
        String base = baseUrls.get(service);
        if (base == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        return http.expect(expected, user, method, base + path, body);
    }
}
