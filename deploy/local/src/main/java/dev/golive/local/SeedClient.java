package dev.golive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.TokenCache;
import dev.golive.testkit.UserHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * JSON calls to the services as a demo user, through the testkit's {@link UserHttp} (tokens from
 * Keycloak, renewed shortly before they expire). A refusal (4xx, 5xx) becomes a
 * {@link SeedException} carrying the service's problem detail, so the seed can stop with a clear
 * message.
 *
 * <p>The one exception: a service hears of a cutover from cutover-planner's announcement on Kafka,
 * and of its members, a moment after the planner answered, and until then refuses calls for it with
 * a 403 {@value #NOT_A_MEMBER} problem (or, to an admin's write, a 404 {@value #UNKNOWN_CUTOVER}),
 * having written nothing. The seed calls right after planning, as members it named, so such a call
 * is sent again until the service knows the cutover, for at most {@link #ANNOUNCEMENT_WAIT}.
 */
final class SeedClient {

    /** The problem type of a write for a cutover the service has not heard of (yet). */
    static final String UNKNOWN_CUTOVER = "https://golive.dev/problems/unknown-cutover";
    /**
     * The problem type of a request by someone the service does not count among the cutover's members:
     * for the seed's own cutover, whose members it names, that means the members are still on their way.
     */
    static final String NOT_A_MEMBER = "https://golive.dev/problems/not-a-member";
    /** How long a write waits for its service to hear of a cutover planned just now. */
    static final Duration ANNOUNCEMENT_WAIT = Duration.ofMinutes(2);
    private static final Duration ASK_AGAIN_AFTER = Duration.ofMillis(500);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UserHttp http;
    private final Duration announcementWait;
    private final Duration askAgainAfter;

    SeedClient(KeycloakServer keycloak) {
        this(new UserHttp(TokenCache.of(keycloak)), ANNOUNCEMENT_WAIT, ASK_AGAIN_AFTER);
    }

    SeedClient(UserHttp http, Duration announcementWait, Duration askAgainAfter) {
        this.http = http;
        this.announcementWait = announcementWait;
        this.askAgainAfter = askAgainAfter;
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

    /**
     * One call (sent again while its service does not know the cutover yet, see above); the answer's
     * JSON body (an empty object when there is none).
     */
    JsonNode send(String user, String method, String url, Object body) {
        String call = method + " " + url + " as " + user;
        UserHttp.Answer answer = once(call, user, method, url, body);
        long giveUpAt = System.nanoTime() + announcementWait.toNanos();
        while (unknownCutover(answer) && System.nanoTime() - giveUpAt < 0) {
            pause(call);
            answer = once(call, user, method, url, body);
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

    private UserHttp.Answer once(String call, String user, String method, String url, Object body) {
        try {
            return http.send(user, method, url, body);
        } catch (UncheckedIOException e) {
            throw new SeedException(call, 0, e.getCause().getMessage());
        } catch (IllegalStateException noTokenOrInterrupted) {
            throw new SeedException(call, 0, noTokenOrInterrupted.getMessage());
        }
    }

    /**
     * Whether the service refused the call, writing nothing, because it has not heard of the cutover or
     * of its members yet.
     */
    private static boolean unknownCutover(UserHttp.Answer answer) {
        if (answer.status() != 404 && answer.status() != 403) {
            return false;
        }
        try {
            String type = JSON.readTree(answer.body()).path("type").asText();
            return answer.status() == 404 ? UNKNOWN_CUTOVER.equals(type) : NOT_A_MEMBER.equals(type);
        } catch (IOException | RuntimeException notJson) {
            return false;
        }
    }

    private void pause(String call) {
        try {
            Thread.sleep(askAgainAfter.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException(call, 0, "interrupted while waiting for the service to hear of the cutover");
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
