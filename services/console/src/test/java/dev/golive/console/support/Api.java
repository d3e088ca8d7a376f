package dev.golive.console.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.Tokens;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the tests set up and check directly on the services, with a demo user's token — the way
 * people who are not in the scenario under test would have acted.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    private Api() {
    }

    public static String planner() {
        return BackendServices.URLS.get("cutover-planner");
    }

    public static String testing() {
        return BackendServices.URLS.get("weekend-testing");
    }

    public static String rollback() {
        return BackendServices.URLS.get("rollback-decision");
    }

    /** Sends a request as {@code user}; answers the status and the JSON body (null when empty). */
    public static Answer call(String user, String method, String url, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", Tokens.bearer(user))
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A call that must succeed (2xx); its JSON body. */
    public static JsonNode ok(String user, String method, String url, Object body) {
        Answer answer = call(user, method, url, body);
        if (answer.status() / 100 != 2) {
            throw new AssertionError(method + " " + url + " as " + user + ": HTTP " + answer.status() + " " + answer.json());
        }
        return answer.json();
    }

    public record Answer(int status, JsonNode json) {
    }

    /** A cutover planned by olivia (ops lead) for a team of its own, so no other test's weekend conflicts with it. */
    public static JsonNode planCutover(String name, String zone) {
        return ok("olivia", "POST", planner() + "/api/cutovers", Map.of(
                "name", name, "client", "Acme " + name, "erpProduct", "Odoo", "sourceVersion", 16,
                "targetVersion", 19, "zone", zone, "onCallTeam", "team-" + UUID.randomUUID()));
    }

    /** Schedules the first proposed window; answers the cutover with its window and milestones. */
    public static JsonNode scheduleFirstWindow(String cutoverId) {
        JsonNode proposals = ok("olivia", "GET", planner() + "/api/cutovers/" + cutoverId + "/window-proposals?count=1", null);
        String start = proposals.path("windows").get(0).path("downtimeStart").asText();
        return ok("olivia", "PUT", planner() + "/api/cutovers/" + cutoverId + "/window",
                Map.of("downtimeStart", start, "reason", "set up by the test"));
    }

    /** The instant of one milestone of a cutover as the planner answered it. */
    public static Instant milestone(JsonNode cutover, String milestone) {
        for (JsonNode m : cutover.path("window").path("milestones")) {
            if (milestone.equals(m.path("milestone").asText())) {
                return Instant.parse(m.path("instant").asText());
            }
        }
        throw new AssertionError("no " + milestone + " in " + cutover);
    }

    /**
     * A published weekend plan: the default scenarios, tess and theo available through the whole
     * testing window for every area. Waits until weekend-testing has heard of the window.
     */
    public static JsonNode publishedPlan(String cutoverId, JsonNode cutover) {
        String base = testing() + "/api/cutovers/" + cutoverId;
        ok("olivia", "POST", base + "/scenarios/catalogue", null);
        Instant from = milestone(cutover, "TECHNICAL_REVIEW_END");
        Instant to = milestone(cutover, "WEEKEND_TESTING_END");
        List<String> areas = List.of("SALES", "PURCHASE", "INVENTORY", "INVOICING", "MANUFACTURING", "REPORTING", "WEBSITE", "OTHER");
        ok("olivia", "POST", base + "/testers", Map.of("name", "Tess Tester", "username", "tess", "contact",
                "tess@golive.example", "zone", "Europe/Paris", "areas", areas,
                "availability", List.of(Map.of("start", from.toString(), "end", to.toString())), "maxHours", 24));
        ok("olivia", "POST", base + "/testers", Map.of("name", "Theo Tester", "username", "theo", "contact",
                "theo@golive.example", "zone", "America/Chicago", "areas", areas,
                "availability", List.of(Map.of("start", from.toString(), "end", to.toString())), "maxHours", 24));
        Awaitility.await("weekend-testing knows the window of " + cutoverId).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> call("olivia", "POST", base + "/assignments:plan", null).status() == 200);
        return ok("olivia", "POST", base + "/assignments:publish", null);
    }

    /** The assignment ids of one tester in a plan. */
    public static List<String> assignmentsOf(JsonNode plan, String username) {
        List<String> ids = new ArrayList<>();
        for (JsonNode a : plan.path("assignments")) {
            if (username.equals(a.path("testerUsername").asText())) {
                ids.add(a.path("id").asText());
            }
        }
        return ids;
    }
}
