package dev.golive.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.testkit.UserHttp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.SECOND_ON_CALL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One cutover driven through the services' APIs by the people of the weekend: olivia (ops lead),
 * oscar and nina (on call), tess and theo (testers), sam (business stakeholder). Each method is
 * one thing a person does; what it must cause is checked by the test.
 */
public final class Cutover {

    final Platform platform;
    final Api api;
    final String label;
    /** The cutover's zone, and its compressed weekend once chosen. */
    java.time.ZoneId zone;
    Weekend weekend;
    String id;
    String rehearsalId;
    final List<String> summaryItemIds = new ArrayList<>();
    final Map<String, String> integrationIds = new LinkedHashMap<>();
    final Map<String, String> probeIds = new LinkedHashMap<>();
    /** scenario id → assignment id of the published plan. */
    final Map<String, String> assignments = new LinkedHashMap<>();
    /** The staging round's assignments of the current rehearsal, by scenario id. */
    final Map<String, String> stagingAssignments = new LinkedHashMap<>();
    /** Testers by user name (weekend-testing's ids). */
    final Map<String, String> testerIds = new LinkedHashMap<>();
    String incidentId;
    /** What this cutover must have caused so far, topic by topic. */
    Story story;
    /** How many of its events were recorded before its stakeholders were registered. */
    int eventsBeforeStakeholders;
    /** Its stakeholders, with their ids at notification-hub. */
    Map<Stakeholder, String> stakeholderIds;

    Cutover(Platform platform, String label) {
        this(platform, platform.api, label);
    }

    /** A cutover whose people call the services through {@code api} (e.g. one spread over several instances). */
    Cutover(Platform platform, Api api, String label) {
        this.platform = platform;
        this.api = api;
        this.label = label;
    }

    private String at(String path) {
        return "/api/cutovers/" + id + path;
    }

    // ------------------------------------------------------------------ planning

    /**
     * The ops lead plans the Odoo 16 → 19 cutover of a client in {@code zone}, under the default
     * go-live policy (Friday 17:00 …) until the weekend is chosen; returns once every service has
     * heard of it (they refuse writes for a cutover they do not know).
     */
    void plan(String team, java.time.ZoneId zone) {
        this.zone = zone;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Odoo 19 go-live (" + label + ")");
        body.put("client", "Brasserie Lumière " + label);
        body.put("erpProduct", "Odoo");
        body.put("sourceVersion", 16);
        body.put("targetVersion", 19);
        body.put("zone", zone.getId());
        body.put("onCallTeam", team);
        body.put("blackouts", List.of());
        body.put("members", dev.golive.testkit.DemoUsers.teamAsJson());
        JsonNode created = api.post("cutover-planner", "/api/cutovers", OPS_LEAD, body, 201);
        id = created.get("id").asText();
        assertThat(created.get("status").asText()).isEqualTo("DRAFT");
        platform.awaitKnown(id);
    }

    /**
     * The ops lead sets the policy of this weekend: downtime today, {@code lead} from now, the
     * milestones seconds apart (see {@link Weekend}).
     */
    void setWeekendPolicy(java.time.Duration lead) {
        setWeekendPolicy(Weekend.startingIn(lead, zone));
    }

    /** The ops lead sets the policy of {@code weekend}, a weekend in this cutover's zone. */
    void setWeekendPolicy(Weekend weekend) {
        this.weekend = weekend;
        api.patch("cutover-planner", "/api/cutovers/" + id, OPS_LEAD, Map.of("policy", weekend.policy()), 200);
    }

    /** The ops lead asks for the eligible windows and schedules the first one. */
    JsonNode scheduleFirstProposal() {
        JsonNode proposals = api.get("cutover-planner", at("/window-proposals?count=2"), OPS_LEAD);
        String first = proposals.get("windows").get(0).get("downtimeStart").asText();
        assertThat(java.time.LocalDateTime.parse(first)).isEqualTo(weekend.downtimeStart);
        return api.put("cutover-planner", at("/window"), OPS_LEAD,
                Map.of("downtimeStart", first, "reason", "first weekend the team is free"), 200);
    }

    JsonNode cutover() {
        return api.get("cutover-planner", "/api/cutovers/" + id, OPS_LEAD);
    }

    String status() {
        return cutover().get("status").asText();
    }

    // ------------------------------------------------------------------ go/no-go

    /** The gates as the planner shows them: recommendation, failing gates, each gate's state. */
    JsonNode gates() {
        return api.get("cutover-planner", at("/gates"), OPS_LEAD);
    }

    /** Each gate's state, by gate name. */
    Map<String, String> gateStates() {
        Map<String, String> states = new LinkedHashMap<>();
        gates().get("gates").forEach(g -> states.put(g.get("gate").asText(), g.get("state").asText()));
        return states;
    }

    /** The ops lead's go/no-go decision. */
    JsonNode decideGoNoGo(String decision, String reason) {
        return api.post("cutover-planner", at("/go-no-go"), OPS_LEAD,
                Map.of("decision", decision, "reason", reason, "rescheduleToNextWindow", false), 200);
    }

    // ------------------------------------------------------------------ stakeholders

    /** The ops lead registers who hears about this cutover; returns each person's stakeholder id. */
    Map<Stakeholder, String> registerStakeholders(List<Stakeholder> people, java.time.ZoneId zone) {
        Map<Stakeholder, String> ids = new LinkedHashMap<>();
        for (Stakeholder person : people) {
            JsonNode created = api.post("notification-hub", at("/stakeholders"), OPS_LEAD,
                    person.body(zone.getId(), platform.webhooks), 201);
            ids.put(person, created.get("id").asText());
            if (person.hook() != null) {
                // Shown in this answer only: the receiver keeps it to check each call's signature.
                platform.webhooks.secret(person.hook(), created.get("webhooks").get(0).get("secret").asText());
            }
        }
        return ids;
    }

    /** The person paged acknowledges through the API. */
    JsonNode acknowledgePage(String pageId, String who) {
        return api.post("notification-hub", "/api/pages/" + pageId + "/acknowledge", who, null, 200);
    }

    // ------------------------------------------------------------------ staging rehearsal

    /** On call requests a rehearsal on a copy of this morning's production backup. */
    void requestRehearsal() {
        JsonNode r = api.post("staging-refresh", at("/rehearsals"), ON_CALL,
                Map.of("productionBackupAt", Instant.now().minus(1, ChronoUnit.HOURS).toString()), 201);
        rehearsalId = r.get("id").asText();
    }

    /** The standard upgrade hops 16 → 17 → 18 → 19, each started and finished. */
    void runStandardUpgrade() {
        for (int from = 16; from < 19; from++) {
            api.post("staging-refresh", at("/rehearsals/" + rehearsalId + "/hops/" + from + "/start"), ON_CALL, null, 200);
            api.post("staging-refresh", at("/rehearsals/" + rehearsalId + "/hops/" + from + "/finish"), ON_CALL,
                    Map.of("outcome", "SUCCEEDED"), 200);
        }
    }

    /** A push of the custom modules starts an attempt; it finishes with {@code outcome}. */
    JsonNode customModuleAttempt(String commit, String outcome, String errorCategory, String log) {
        JsonNode started = api.post("staging-refresh", at("/rehearsals/" + rehearsalId + "/attempts"), ON_CALL,
                Map.of("commitRef", commit), 201);
        JsonNode attempts = started.get("attempts");
        int number = attempts.get(attempts.size() - 1).get("number").asInt();
        Map<String, Object> finish = new LinkedHashMap<>();
        finish.put("outcome", outcome);
        if (errorCategory != null) {
            finish.put("errorCategory", errorCategory);
        }
        finish.put("logExcerpt", log);
        return api.post("staging-refresh", at("/rehearsals/" + rehearsalId + "/attempts/" + number + "/finish"),
                ON_CALL, finish, 200);
    }

    /** The upgrade summary of the successful rehearsal: what administrators must review. */
    void raiseSummaryItems() {
        List<Map<String, Object>> items = List.of(
                Map.of("kind", "DISABLED_AUTOMATED_ACTION", "model", "sale.order",
                        "description", "Automated action 'Notify warehouse on confirmation' was disabled by the upgrade",
                        "owner", OPS_LEAD),
                Map.of("kind", "CHANGED_FIELD", "model", "account.move", "field", "payment_state",
                        "description", "payment_state gained the value 'in_payment'; reports filter on it",
                        "owner", OPS_LEAD));
        JsonNode raised = api.post("staging-refresh", at("/rehearsals/" + rehearsalId + "/summary-items/batch"),
                ON_CALL, Map.of("items", items), 201);
        raised.get("items").forEach(i -> summaryItemIds.add(i.get("id").asText()));
    }

    void resolveSummaryItem(int index, String resolution) {
        api.post("staging-refresh", at("/rehearsals/" + rehearsalId + "/summary-items/" + summaryItemIds.get(index)
                + "/resolution"), ON_CALL, Map.of("resolution", resolution), 200);
    }

    JsonNode stagingReadiness() {
        return api.get("staging-refresh", at("/staging-readiness"), OPS_LEAD);
    }

    // ------------------------------------------------------------------ integrations

    static final String[] CHECKLIST = {"CREDENTIALS", "CONFIGURATION", "ENDPOINTS", "PAYLOADS", "SCHEDULED_ACTIONS",
            "CHANGED_FIELDS_AND_MODELS"};

    /**
     * Registers an integration whose health endpoint is {@code name} on the probe target, and defines
     * its probe (no retries: one answer decides).
     */
    void registerIntegration(String name, String kind, String criticality, boolean testableOnStaging) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("criticality", criticality);
        body.put("testableOnStaging", testableOnStaging);
        body.put("owner", ON_CALL);
        body.put("endpoints", List.of(platform.integrations.url(key(name))));
        body.put("credentialsExpireOn", LocalDate.now(zone).plusDays(90).toString());
        JsonNode created = api.post("integration-readiness", at("/integrations"), ON_CALL, body, 201);
        String integrationId = created.get("id").asText();
        integrationIds.put(name, integrationId);
        JsonNode probe = api.post("integration-readiness", at("/integrations/" + integrationId + "/probes"), ON_CALL,
                Map.of("target", platform.integrations.url(key(name)), "retries", 0,
                        "jsonAssertions", Map.of("/status", "ok")), 201);
        probeIds.put(name, probe.get("id").asText());
    }

    /** On call checks the six items of an integration's checklist. */
    void checkIntegration(String name) {
        for (String item : CHECKLIST) {
            api.put("integration-readiness", at("/integrations/" + integrationIds.get(name) + "/checklist/" + item),
                    ON_CALL, Map.of("status", "PASSED", "evidence", "checked on staging by oscar"), 200);
        }
    }

    /** Runs an integration's probe by hand and returns the result. */
    JsonNode runProbe(String name) {
        return api.post("integration-readiness", at("/integrations/" + integrationIds.get(name) + "/probes/"
                + probeIds.get(name) + ":run"), ON_CALL, null, 200);
    }

    JsonNode integrationReadiness() {
        return api.get("integration-readiness", at("/integration-readiness"), OPS_LEAD);
    }

    static String key(String integrationName) {
        return integrationName.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    // ------------------------------------------------------------------ testers, plan and roster

    void addScenario(String scenarioId, String title, String area) {
        api.post("weekend-testing", at("/scenarios"), OPS_LEAD, Map.of("id", scenarioId, "title", title, "area", area,
                "criticality", "CRITICAL", "estimatedMinutes", Weekend.SCENARIO_MINUTES), 201);
    }

    /** A power user available over the whole weekend (and, if already known, still for staging). */
    void addTester(String username, String name, String area) {
        Instant from = weekend.downtimeInstant();
        Instant to = from.plus(2, ChronoUnit.HOURS);
        // their staging tests are done: a staging slot may not reach into the downtime anyway
        Map<String, Object> tester = tester(username, name, area,
                List.of(Map.of("start", from.toString(), "end", to.toString())), List.of());
        if (testerIds.containsKey(username)) {
            api.put("weekend-testing", at("/testers/" + testerIds.get(username)), OPS_LEAD, tester, 200);
            return;
        }
        testerIds.put(username, api.post("weekend-testing", at("/testers"), OPS_LEAD, tester, 201).get("id").asText());
    }

    /**
     * A power user who tests on the upgraded staging database in the coming hours; their weekend is
     * not known yet ({@link #addTester} adds it once the window is chosen).
     */
    void addStagingTester(String username, String name, String area) {
        testerIds.put(username, api.post("weekend-testing", at("/testers"), OPS_LEAD,
                tester(username, name, area, List.of(), List.of(Map.of(
                        "start", Instant.now().minus(1, ChronoUnit.MINUTES).toString(),
                        "end", Instant.now().plus(3, ChronoUnit.HOURS).toString()))), 201).get("id").asText());
    }

    private Map<String, Object> tester(String username, String name, String area, List<Map<String, String>> weekend,
                                       List<Map<String, String>> staging) {
        return Map.of("name", name, "username", username, "contact", username + "@golive.example", "zone", zone.getId(),
                "areas", List.of(area), "availability", weekend, "maxHours", 4, "stagingAvailability", staging);
    }

    // ------------------------------------------------------------------ staging acceptance

    /** The review items of an upgraded staging database, in staging-refresh's checklist order. */
    static final String[] REVIEW = {"CUSTOM_MODULES", "MENUS_AND_VIEWS", "BUTTONS_AND_ACTIONS", "PDF_REPORTS",
            "SCHEDULED_ACTIONS", "AUTOMATED_ACTIONS", "INTEGRATIONS", "LOGS"};

    /** The on-call developer checks every item of the current rehearsal's review, with what was looked at. */
    void reviewRehearsal() {
        for (String item : REVIEW) {
            api.put("staging-refresh", at("/rehearsals/" + rehearsalId + "/review/" + item), ON_CALL,
                    Map.of("status", "CHECKED", "evidence", "looked at " + item.toLowerCase() + " on the upgraded copy"), 200);
        }
    }

    /** The ops lead plans a staging round on the current rehearsal for the next hours; returns it. */
    JsonNode planStagingRound() {
        Instant now = Instant.now();
        JsonNode round = api.post("weekend-testing", at("/staging-rounds"), OPS_LEAD, Map.of("rehearsalId", rehearsalId,
                "from", now.toString(), "to", now.plus(3, ChronoUnit.HOURS).toString()), 201);
        stagingAssignments.clear();
        round.get("assignments").forEach(a -> stagingAssignments.put(a.get("scenarioId").asText(), a.get("id").asText()));
        return round;
    }

    /** A power user's result on staging, with what changed for them if anything. */
    JsonNode recordStagingResult(String tester, String scenarioId, String outcome, String change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (change != null) {
            body.put("changes", List.of(Map.of("kind", "MOVED_MENU", "description", change)));
        }
        return api.post("weekend-testing", at("/assignments/" + stagingAssignments.get(scenarioId) + "/results"), tester,
                body, 201);
    }

    /** The ops lead plans the weekend and publishes the plan; returns it. */
    JsonNode planAndPublish() {
        JsonNode draft = api.post("weekend-testing", at("/assignments:plan"), OPS_LEAD, null, 200);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("unassigned")).as("scenarios left unassigned").isEmpty();
        JsonNode published = api.post("weekend-testing", at("/assignments:publish"), OPS_LEAD, null, 200);
        published.get("assignments").forEach(a -> assignments.put(a.get("scenarioId").asText(), a.get("id").asText()));
        return published;
    }

    /** oscar primary and nina secondary on call from the downtime to business resume. */
    JsonNode publishRoster(Instant from, Instant to) {
        return api.put("weekend-testing", at("/roster"), OPS_LEAD, Map.of("shifts", List.of(
                Map.of("id", "primary", "person", ON_CALL, "role", "PRIMARY", "start", from.toString(), "end", to.toString()),
                Map.of("id", "secondary", "person", SECOND_ON_CALL, "role", "SECONDARY", "start", from.toString(),
                        "end", to.toString()))), 200);
    }

    /** A tester records the outcome of their assignment. */
    JsonNode recordResult(String tester, String scenarioId, String outcome, String notes, boolean workaround) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (notes != null) {
            body.put("notes", notes);
        }
        body.put("workaroundExists", workaround);
        return api.post("weekend-testing", at("/assignments/" + assignments.get(scenarioId) + "/results"), tester,
                body, 201);
    }

    /** What power users noted had changed for them, per area, as the ops lead reads it. */
    JsonNode training() {
        return api.get("weekend-testing", at("/training"), OPS_LEAD);
    }

    JsonNode coverage() {
        return api.get("weekend-testing", at("/coverage"), OPS_LEAD);
    }

    // ------------------------------------------------------------------ incidents and rollback

    JsonNode incidents() {
        return api.get("rollback-decision", at("/incidents"), ON_CALL);
    }

    JsonNode reportIncident(String who, Map<String, Object> body) {
        JsonNode created = api.post("rollback-decision", at("/incidents"), who, body, 201);
        incidentId = created.get("id").asText();
        return created;
    }

    /**
     * A catastrophic incident's report: critical, the system unusable, data at risk, no workaround
     * (what makes the assessment say roll back and pages the on-call staff).
     */
    public static Map<String, Object> catastrophe(String title, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("businessFlow", "INVOICING_AND_ACCOUNTING");
        body.put("severity", "CRITICAL");
        body.put("systemUsable", false);
        body.put("dataIntegrityAtRisk", true);
        body.put("workaroundExists", false);
        return body;
    }

    JsonNode resolveIncident(String incident, String resolution) {
        return api.post("rollback-decision", at("/incidents/" + incident + "/resolve"), ON_CALL,
                Map.of("resolution", resolution), 200);
    }

    JsonNode assessment() {
        return api.get("rollback-decision", at("/rollback-assessment"), OPS_LEAD);
    }

    JsonNode decideRollback(String decision, String rationale) {
        return api.post("rollback-decision", at("/rollback-decisions"), OPS_LEAD,
                Map.of("decision", decision, "rationale", rationale), 201);
    }

    // ------------------------------------------------------------------ runbook

    /** The runbook's tasks of this cutover by their template key → task id. */
    final Map<String, String> taskIds = new LinkedHashMap<>();
    /** The secret the upgrade platform signs its calls with, once the ops lead asked for it. */
    String upgradeWebhookSecret;

    /**
     * One task of a runbook template as the ops lead writes it: {@code anchor} a milestone (or null:
     * as soon as its dependencies finish) with {@code offset}; {@code observes} the weekend fact its
     * start or finish establishes (or null).
     */
    static Map<String, Object> task(String key, String title, String ownerKind, String ownerName, List<String> dependsOn,
                                    String anchor, java.time.Duration offset, java.time.Duration duration, String observes) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("key", key);
        t.put("title", title);
        t.put("description", title + " (" + ownerName + ")");
        t.put("owner", Map.of("kind", ownerKind, "name", ownerName));
        t.put("dependsOn", dependsOn);
        if (anchor != null) {
            t.put("anchor", Map.of("milestone", anchor, "offset", offset.toString()));
        }
        t.put("expectedDuration", duration.toString());
        if (observes != null) {
            t.put("observes", observes);
        }
        t.put("checklist", List.of());
        t.put("durationFromForecast", false);
        return t;
    }

    /**
     * The ops lead writes this weekend's runbook as a template of the team's own (the built-in Odoo.sh
     * one is laid out in hours; this weekend lasts minutes), gives it to the cutover and asks for the
     * secret the upgrade platform will sign its calls with. Returns the runbook.
     */
    JsonNode instantiateRunbook(String name, List<Map<String, Object>> tasks, List<Map<String, Object>> rollbackTasks) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", name);
        template.put("description", "The compressed go-live weekend of the end-to-end test");
        template.put("tasks", tasks);
        template.put("rollbackTasks", rollbackTasks);
        JsonNode created = api.post("runbook", "/api/runbook-templates", OPS_LEAD, template, 201);
        JsonNode runbook = api.post("runbook", at("/runbook"), OPS_LEAD,
                Map.of("templateId", created.get("templateId").asText()), 201);
        runbook.get("tasks").forEach(t -> taskIds.put(t.get("key").asText(), t.get("taskId").asText()));
        runbook.get("rollbackTasks").forEach(t -> taskIds.put(t.get("key").asText(), t.get("taskId").asText()));
        upgradeWebhookSecret = api.post("runbook", at("/runbook/webhook-secret"), OPS_LEAD, Map.of(), 201)
                .get("secret").asText();
        return runbook;
    }

    JsonNode runbook() {
        return api.get("runbook", at("/runbook"), OPS_LEAD);
    }

    JsonNode startTask(String key, String who) {
        return api.post("runbook", at("/runbook/tasks/" + taskIds.get(key) + "/start"), who, Map.of(), 200);
    }

    JsonNode completeTask(String key, String who, String evidence) {
        return api.post("runbook", at("/runbook/tasks/" + taskIds.get(key) + "/complete"), who,
                Map.of("evidence", evidence), 200);
    }

    /**
     * The ops lead re-estimates a task (e.g. the upgrade still running, from what its log shows): the
     * same task with a new expected duration.
     */
    JsonNode reestimateTask(String key, java.time.Duration expected) {
        JsonNode task = null;
        for (JsonNode t : runbook().get("tasks")) {
            if (t.get("key").asText().equals(key)) {
                task = t;
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", task.get("title").asText());
        body.put("description", task.path("description").asText(""));
        body.put("owner", Api.JSON.convertValue(task.get("owner"), Map.class));
        body.put("dependsOn", Api.JSON.convertValue(task.get("dependsOn"), List.class));
        if (task.hasNonNull("anchor")) {
            body.put("anchor", Api.JSON.convertValue(task.get("anchor"), Map.class));
        }
        body.put("expectedDuration", expected.toString());
        return api.put("runbook", at("/runbook/tasks/" + taskIds.get(key)), OPS_LEAD, body, 200);
    }

    /** The same call answered with a refusal: its problem details. */
    UserHttp.Answer tryToStartTask(String key, String who) {
        return api.attempt("POST", "runbook", at("/runbook/tasks/" + taskIds.get(key) + "/start"), who, Map.of());
    }

    /**
     * The upgrade platform tells Golive how the production upgrade goes ({@code upgrade.started},
     * {@code upgrade.succeeded}, {@code upgrade.failed}): a Standard Webhooks call signed with the
     * cutover's secret, no bearer token. Returns the HTTP status.
     */
    int upgradePlatformSays(String type) {
        String body = "{\"type\":\"" + type + "\",\"at\":\"" + Instant.now() + "\"}";
        return platform.webhooks.signAndSend(platform.api.urlOf("runbook") + "/api/webhooks/upgrade-platform/" + id,
                upgradeWebhookSecret, body);
    }

    /** The name of an integration of this cutover by its id (for the story's labels). */
    String integrationName(String integrationId) {
        return integrationIds.entrySet().stream().filter(e -> e.getValue().equals(integrationId))
                .map(Map.Entry::getKey).findFirst().orElse(integrationId);
    }
}
