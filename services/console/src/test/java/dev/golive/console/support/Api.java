package dev.golive.console.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.testkit.UserHttp;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.OTHER_TESTER;
import static dev.golive.testkit.DemoUsers.TESTER;

/**
 * What the tests set up and check directly on the services, with a demo user's token — the way
 * people who are not in the scenario under test would have acted.
 */
public final class Api {

    private Api() {
    }

    public static String planner() {
        return BackendServices.URLS.get("cutover-planner");
    }

    public static String staging() {
        return BackendServices.URLS.get("staging-refresh");
    }

    /**
     * A rehearsal of the cutover that succeeded, as on-call staff report it: the standard upgrade's
     * hops 16 → 19, then one push of the custom modules that upgrades them. Its id.
     */
    public static String succeededRehearsal(String cutoverId) {
        String rehearsals = staging() + "/api/cutovers/" + cutoverId + "/rehearsals";
        String id = okOnceKnown(ON_CALL, "POST", rehearsals,
                Map.of("productionBackupAt", Instant.now().minusSeconds(3600).toString())).path("id").asText();
        for (int from = 16; from < 19; from++) {
            ok(ON_CALL, "POST", rehearsals + "/" + id + "/hops/" + from + "/start", null);
            ok(ON_CALL, "POST", rehearsals + "/" + id + "/hops/" + from + "/finish", Map.of("outcome", "SUCCEEDED"));
        }
        ok(ON_CALL, "POST", rehearsals + "/" + id + "/attempts", Map.of("commitRef", "c0ffee1"));
        ok(ON_CALL, "POST", rehearsals + "/" + id + "/attempts/1/finish",
                Map.of("outcome", "SUCCEEDED", "logExcerpt", "custom modules upgraded"));
        return id;
    }

    public static String runbook() {
        return BackendServices.URLS.get("runbook");
    }

    /** The runbook API of a cutover. */
    public static String runbookOf(String cutoverId) {
        return runbook() + "/api/cutovers/" + cutoverId + "/runbook";
    }

    /**
     * Waits until the runbook service has heard of the cutover and its window (from cutover-planner,
     * through Kafka): a runbook can be instantiated then. The ops lead instantiates it from the
     * built-in template; its view.
     */
    public static JsonNode instantiatedRunbook(String cutoverId) {
        AtomicReference<UserHttp.Answer> answer = new AtomicReference<>();
        Awaitility.await("the runbook service knows the window of " + cutoverId).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    answer.set(call(OPS_LEAD, "POST", runbookOf(cutoverId), Map.of()));
                    return !unknownCutover(answer.get()) && !noWindowYet(answer.get());
                });
        if (!answer.get().successful()) {
            throw new AssertionError("instantiate the runbook: HTTP " + answer.get().status() + ": " + answer.get().body());
        }
        return answer.get().json();
    }

    /** A task of a runbook view by its template key. */
    public static JsonNode task(JsonNode runbook, String key) {
        for (JsonNode t : runbook.path("tasks")) {
            if (key.equals(t.path("key").asText())) {
                return t;
            }
        }
        throw new AssertionError("no task " + key + " in " + runbook);
    }

    /** A task of a runbook view by its id. */
    public static JsonNode taskById(JsonNode runbook, String taskId) {
        for (JsonNode t : runbook.path("tasks")) {
            if (taskId.equals(t.path("taskId").asText())) {
                return t;
            }
        }
        throw new AssertionError("no task " + taskId + " in " + runbook);
    }

    /** The runbook service knows the cutover but not its window yet (a runbook is planned from the milestones). */
    public static boolean noWindowYet(UserHttp.Answer answer) {
        return answer.status() == 409 && answer.body().contains("no-window");
    }

    public static String testing() {
        return BackendServices.URLS.get("weekend-testing");
    }

    public static String rollback() {
        return BackendServices.URLS.get("rollback-decision");
    }

    /** Sends a request as {@code user}; answers the status and the body. */
    public static UserHttp.Answer call(String user, String method, String url, Object body) {
        return UserHttp.shared().send(user, method, url, body);
    }

    /** A call that must succeed (2xx); its JSON body. */
    public static JsonNode ok(String user, String method, String url, Object body) {
        return UserHttp.shared().ok(user, method, url, body);
    }

    /**
     * The first write for a cutover planned a moment ago: the service hears of the cutover from
     * cutover-planner's announcement on Kafka and refuses writes for it until then (404
     * unknown-cutover, nothing written), so the write is sent again until it is accepted or refused
     * for another reason; it must succeed (2xx). Its JSON body.
     */
    public static JsonNode okOnceKnown(String user, String method, String url, Object body) {
        AtomicReference<UserHttp.Answer> answer = new AtomicReference<>();
        Awaitility.await("the service knows the cutover of " + method + " " + url).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    answer.set(call(user, method, url, body));
                    return !unknownCutover(answer.get());
                });
        if (!answer.get().successful()) {
            throw new AssertionError(method + " " + url + " as " + user + " answered HTTP " + answer.get().status()
                    + ": " + answer.get().body());
        }
        return answer.get().json();
    }

    /**
     * The service has not heard of the cutover yet: an admin is told 404 unknown-cutover, anyone else
     * 403 not-a-member (nobody is a member of a cutover the service does not know, ADR 17).
     */
    public static boolean unknownCutover(UserHttp.Answer answer) {
        String type = answer.status() == 404 || answer.status() == 403 ? answer.json().path("type").asText() : "";
        return "https://golive.dev/problems/unknown-cutover".equals(type)
                || "https://golive.dev/problems/not-a-member".equals(type);
    }

    /** A cutover planned by the ops lead for a team of its own, so no other test's weekend conflicts with it. */
    public static JsonNode planCutover(String name, String zone) {
        return ok(OPS_LEAD, "POST", planner() + "/api/cutovers", Map.of(
                "name", name, "client", "Acme " + name, "erpProduct", "Odoo", "sourceVersion", 16,
                "targetVersion", 19, "zone", zone, "onCallTeam", "team-" + UUID.randomUUID(),
                "members", dev.golive.testkit.DemoUsers.teamAsJson()));
    }

    /** Schedules the first proposed window; answers the cutover with its window and milestones. */
    public static JsonNode scheduleFirstWindow(String cutoverId) {
        JsonNode proposals = ok(OPS_LEAD, "GET", planner() + "/api/cutovers/" + cutoverId + "/window-proposals?count=1", null);
        String start = proposals.path("windows").get(0).path("downtimeStart").asText();
        return ok(OPS_LEAD, "PUT", planner() + "/api/cutovers/" + cutoverId + "/window",
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
     * testing window for every area. Waits until weekend-testing has heard of the cutover, then of its window.
     */
    public static JsonNode publishedPlan(String cutoverId, JsonNode cutover) {
        String base = testing() + "/api/cutovers/" + cutoverId;
        okOnceKnown(OPS_LEAD, "POST", base + "/scenarios/catalogue", null);
        Instant from = milestone(cutover, "TECHNICAL_REVIEW_END");
        Instant to = milestone(cutover, "WEEKEND_TESTING_END");
        List<String> areas = List.of("SALES", "PURCHASE", "INVENTORY", "INVOICING", "MANUFACTURING", "REPORTING", "WEBSITE", "OTHER");
        ok(OPS_LEAD, "POST", base + "/testers", Map.of("name", "Tess Tester", "username", TESTER, "contact",
                "tess@golive.example", "zone", "Europe/Paris", "areas", areas,
                "availability", List.of(Map.of("start", from.toString(), "end", to.toString())), "maxHours", 24));
        ok(OPS_LEAD, "POST", base + "/testers", Map.of("name", "Theo Tester", "username", OTHER_TESTER, "contact",
                "theo@golive.example", "zone", "America/Chicago", "areas", areas,
                "availability", List.of(Map.of("start", from.toString(), "end", to.toString())), "maxHours", 24));
        Awaitility.await("weekend-testing knows the window of " + cutoverId).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> call(OPS_LEAD, "POST", base + "/assignments:plan", null).status() == 200);
        return ok(OPS_LEAD, "POST", base + "/assignments:publish", null);
    }

    /**
     * A staging round on a reviewed rehearsal of the cutover: the on-call developer checks every item
     * of the review, the default scenarios, tess and theo (every area) available on staging
     * for the next hours; the round as weekend-testing planned it. Waits until weekend-testing has heard
     * that the review is done.
     */
    public static JsonNode stagingRound(String cutoverId, String rehearsalId) {
        String review = staging() + "/api/cutovers/" + cutoverId + "/rehearsals/" + rehearsalId + "/review";
        for (JsonNode item : ok(ON_CALL, "GET", review, null).path("items")) {
            ok(ON_CALL, "PUT", review + "/" + item.path("key").asText(),
                    Map.of("status", "CHECKED", "evidence", "opened and used on the upgraded copy"));
        }
        String base = testing() + "/api/cutovers/" + cutoverId;
        okOnceKnown(OPS_LEAD, "POST", base + "/scenarios/catalogue", null);
        List<Map<String, String>> staging = List.of(Map.of("start", Instant.now().minusSeconds(60).toString(),
                "end", Instant.now().plus(Duration.ofHours(6)).toString()));
        List<String> areas = List.of("SALES", "PURCHASE", "INVENTORY", "INVOICING", "MANUFACTURING", "REPORTING", "WEBSITE", "OTHER");
        ok(OPS_LEAD, "POST", base + "/testers", Map.of("name", "Tess Tester", "username", TESTER, "contact",
                "tess@golive.example", "zone", "Europe/Paris", "areas", areas, "availability", List.of(),
                "maxHours", 24, "stagingAvailability", staging));
        ok(OPS_LEAD, "POST", base + "/testers", Map.of("name", "Theo Tester", "username", OTHER_TESTER, "contact",
                "theo@golive.example", "zone", "America/Chicago", "areas", areas, "availability", List.of(),
                "maxHours", 24, "stagingAvailability", staging));
        Map<String, String> round = Map.of("rehearsalId", rehearsalId, "from", Instant.now().toString(),
                "to", Instant.now().plus(Duration.ofHours(6)).toString());
        AtomicReference<UserHttp.Answer> planned = new AtomicReference<>();
        Awaitility.await("weekend-testing hears the review of " + rehearsalId + " is done").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    planned.set(call(OPS_LEAD, "POST", base + "/staging-rounds", round));
                    return planned.get().status() != 409;
                });
        if (!planned.get().successful()) {
            throw new AssertionError("staging round: HTTP " + planned.get().status() + ": " + planned.get().body());
        }
        return planned.get().json();
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
