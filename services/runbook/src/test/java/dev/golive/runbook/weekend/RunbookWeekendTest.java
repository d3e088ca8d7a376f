package dev.golive.runbook.weekend;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.runbook.RunbookInstantiated;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookReadinessChanged;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.edge.webhook.StandardWebhooks;
import dev.golive.runbook.plan.RunbookService;
import dev.golive.runbook.support.Weekends;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.runbook.support.Weekends.as;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static dev.golive.testkit.DemoUsers.TESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class RunbookWeekendTest {

    static RawTopicReader topic;

    @Inject
    RunbookService runbooks;

    @BeforeAll
    static void read() {
        topic = RawTopicReader.atEnd(Weekends.bootstrap(), Topics.RUNBOOK);
    }

    @AfterAll
    static void close() {
        if (topic != null) {
            topic.close();
        }
    }

    static String path(String cutoverId) {
        return "/api/cutovers/" + cutoverId + "/runbook";
    }

    static JsonPath instantiate(String cutoverId) {
        return as(OPS_LEAD).body("{}").post(path(cutoverId)).then().statusCode(201).extract().jsonPath();
    }

    static String taskId(JsonPath runbook, String key) {
        return runbook.getString("tasks.find { it.key == '" + key + "' }.taskId");
    }

    static void skip(String cutoverId, String taskId) {
        as(OPS_LEAD).body(Map.of("reason", "done before the weekend")).post(path(cutoverId) + "/tasks/" + taskId + "/skip")
                .then().statusCode(200);
    }

    @Test
    void an_ops_lead_instantiates_the_built_in_template_once_the_window_is_known_and_the_events_say_so() {
        String cutoverId = Weekends.cutoverWithWindow(Instant.now().plus(Duration.ofDays(3)));
        JsonPath runbook = instantiate(cutoverId);

        assertThat(runbook.getString("templateName")).isEqualTo("Odoo.sh go-live");
        assertThat(runbook.getList("tasks")).hasSize(15);
        assertThat(runbook.getList("rollbackTasks")).hasSize(3);
        assertThat(runbook.getBoolean("readiness.ready")).isFalse();
        assertThat(runbook.getList("readiness.pendingTasks")).containsExactly(taskId(runbook, "announce-downtime"),
                taskId(runbook, "freeze-changes"));
        assertThat(runbook.getString("tasks[0].title")).isEqualTo("Announce the downtime to users");

        RunbookInstantiated instantiated = CatalogEvents.await(topic, cutoverId, EventCatalog.RUNBOOK_INSTANTIATED, 1).get(0);
        assertThat(instantiated.tasks()).isEqualTo(15);
        RunbookReadinessChanged readiness = CatalogEvents.await(topic, cutoverId, EventCatalog.RUNBOOK_READINESS_CHANGED, 1).get(0);
        assertThat(readiness.pendingTasks()).containsExactly("Announce the downtime to users", "Freeze changes on production");
        RunbookProjectionChanged projection = CatalogEvents.await(topic, cutoverId, EventCatalog.RUNBOOK_PROJECTION_CHANGED, 1).get(0);
        assertThat(projection.crossesPointOfNoReturn()).isFalse();
        assertThat(projection.criticalPath()).isNotEmpty();

        as(OPS_LEAD).body("{}").post(path(cutoverId)).then().statusCode(409);
        as(STAKEHOLDER).get(path(cutoverId)).then().statusCode(200);
    }

    @Test
    void owners_carry_out_their_tasks_others_are_refused_and_production_goes_down_only_after_go() {
        String cutoverId = Weekends.cutoverWithWindow(Instant.now().plus(Duration.ofDays(2)));
        JsonPath runbook = instantiate(cutoverId);
        String down = taskId(runbook, "take-production-down");
        String start = path(cutoverId) + "/tasks/" + down + "/start";

        // A tester is a member, but the task is the on-call role's.
        as(TESTER).post(start).then().statusCode(403);
        as(STAKEHOLDER).post(start).then().statusCode(403);
        as(ON_CALL).post(start).then().statusCode(409)
                .body("detail", containsString("its dependencies are not finished: Freeze changes on production"));
        skip(cutoverId, taskId(runbook, "announce-downtime"));
        skip(cutoverId, taskId(runbook, "freeze-changes"));
        as(ON_CALL).post(start).then().statusCode(409)
                .body("detail", containsString("production may go down only after a GO decision"));

        Weekends.decideGo(cutoverId);
        as(ON_CALL).post(start).then().statusCode(200).body("status", org.hamcrest.Matchers.is("RUNNING"))
                .body("startedBy", org.hamcrest.Matchers.is(ON_CALL));
        RunbookTaskChanged changed = CatalogEvents.await(topic, cutoverId, EventCatalog.RUNBOOK_TASK_CHANGED,
                e -> e.taskId().equals(down), 1).get(0);
        assertThat(changed.from()).isEqualTo(RunbookTaskStatus.PLANNED);
        assertThat(changed.to()).isEqualTo(RunbookTaskStatus.RUNNING);
        assertThat(changed.actualStart()).isNotNull();
        // Readiness: both tasks due before go/no-go were skipped with a reason.
        RunbookReadinessChanged ready = CatalogEvents.await(topic, cutoverId, EventCatalog.RUNBOOK_READINESS_CHANGED,
                RunbookReadinessChanged::ready, 1).get(0);
        assertThat(ready.pendingTasks()).isEmpty();

        // Bad input: a skip without a reason, a task with a cycle, both 422 naming the field.
        as(OPS_LEAD).body(Map.of()).post(path(cutoverId) + "/tasks/" + taskId(runbook, "watch-monday") + "/skip")
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        String backup = taskId(runbook, "pre-upgrade-backup");
        as(OPS_LEAD).body(Map.of("title", "Backup again", "owner", Map.of("kind", "ROLE", "name", "on-call"),
                        "dependsOn", List.of(backup), "expectedDuration", "PT1H"))
                .put(path(cutoverId) + "/tasks/" + taskId(runbook, "stop-integrations"))
                .then().statusCode(422).body("errors.field", hasItem("dependsOn"))
                .body("errors.message", hasItem(containsString("Take and verify the pre-upgrade backup")));
        as(OPS_LEAD).body(Map.of("title", "", "owner", Map.of("kind", "ROLE", "name", "on-call"),
                        "dependsOn", List.of("no-such-task"), "expectedDuration", "PT1H"))
                .post(path(cutoverId) + "/tasks").then().statusCode(422)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("dependsOn"));
        // A started task can no longer be re-planned.
        as(OPS_LEAD).body(Map.of("title", "Down", "owner", Map.of("kind", "ROLE", "name", "on-call"),
                        "dependsOn", List.of(), "expectedDuration", "PT1H"))
                .put(path(cutoverId) + "/tasks/" + down).then().statusCode(409)
                .body("detail", containsString("only its expected duration"));
        // ... but it can be re-estimated: the same task with a new expected duration; its planned finish follows.
        Map<String, Object> running = as(OPS_LEAD).get(path(cutoverId)).then().statusCode(200).extract().jsonPath()
                .getMap("tasks.find { it.taskId == '" + down + "' }");
        Map<String, Object> reestimate = new java.util.HashMap<>();
        for (String field : List.of("title", "description", "owner", "dependsOn", "anchor")) {
            reestimate.put(field, running.get(field));
        }
        reestimate.put("expectedDuration", "PT3H");
        String plannedFinish = as(OPS_LEAD).body(reestimate).put(path(cutoverId) + "/tasks/" + down)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.is("RUNNING"))
                .extract().path("plannedFinish");
        assertThat(Instant.parse(plannedFinish)).isEqualTo(Instant.parse((String) running.get("plannedStart")).plus(Duration.ofHours(3)));

        as(ON_CALL).body(Map.of("evidence", "maintenance page up")).post(path(cutoverId) + "/tasks/" + down + "/complete")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.is("DONE"));
        String md = as(STAKEHOLDER).get(path(cutoverId) + "/report.md").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .contentType(containsString("text/markdown")).extract().asString();
        assertThat(md).contains("| Take production down |").contains("planned start").contains("actual finish")
                .contains("on time").contains("go/no-go decided: GO").contains("'Take production down' done by oscar");
    }

    @Test
    void the_periodic_recomputation_visits_the_weekends_under_way_and_leaves_the_others_alone() {
        String underWay = Weekends.cutoverWithWindow(Instant.now().minus(Duration.ofHours(1)));
        String ahead = Weekends.cutoverWithWindow(Instant.now().plus(Duration.ofDays(6)));
        instantiate(underWay);
        instantiate(ahead);

        List<UUID> moved = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(runbooks::movedByTheClock);
        assertThat(moved).contains(UUID.fromString(underWay)).doesNotContain(UUID.fromString(ahead));

        CatalogEvents.publish(Weekends.bootstrap(), new dev.golive.contracts.cutover.CutoverCancelled(underWay,
                dev.golive.contracts.cutover.CutoverStatus.IN_PROGRESS, "called off", "olivia", Instant.now()));
        org.awaitility.Awaitility.await("the cancelled weekend no longer visited").atMost(CatalogEvents.WAIT).until(() ->
                !io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(runbooks::movedByTheClock)
                        .contains(UUID.fromString(underWay)));
    }

    @Test
    void the_upgrade_platform_reports_the_upgrade_by_signed_webhook_and_a_bad_signature_is_refused() {
        String cutoverId = Weekends.cutoverWithWindow(Instant.now().plus(Duration.ofDays(2)));
        JsonPath runbook = instantiate(cutoverId);
        for (String key : List.of("announce-downtime", "freeze-changes", "take-production-down", "stop-integrations",
                "pre-upgrade-backup", "request-upgrade")) {
            skip(cutoverId, taskId(runbook, key));
        }
        String secret = as(OPS_LEAD).post(path(cutoverId) + "/webhook-secret").then().statusCode(201)
                .extract().path("secret");
        String hook = "/api/webhooks/upgrade-platform/" + cutoverId;

        byte[] started = "{\"type\": \"upgrade.started\"}".getBytes(StandardCharsets.UTF_8);
        StandardWebhooks.Headers wrong = StandardWebhooks.headers(StandardWebhooks.newSecret(), UUID.randomUUID().toString(),
                Instant.now(), started);
        signed(wrong, started).post(hook).then().statusCode(401);

        signed(StandardWebhooks.headers(secret, UUID.randomUUID().toString(), Instant.now(), started), started).post(hook)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.is("RUNNING"));
        byte[] succeeded = "{\"type\": \"upgrade.succeeded\"}".getBytes(StandardCharsets.UTF_8);
        signed(StandardWebhooks.headers(secret, UUID.randomUUID().toString(), Instant.now(), succeeded), succeeded)
                .post(hook).then().statusCode(200).body("status", org.hamcrest.Matchers.is("DONE"));

        String upgrade = taskId(runbook, "production-upgrade");
        RunbookTaskChanged done = CatalogEvents.await(topic, cutoverId, EventCatalog.RUNBOOK_TASK_CHANGED,
                e -> e.taskId().equals(upgrade) && e.to() == RunbookTaskStatus.DONE, 1).get(0);
        assertThat(done.changedBy()).isEqualTo("upgrade-platform");
        assertThat(done.observes()).isEqualTo(dev.golive.contracts.cutover.WeekendFact.SYSTEM_BACK);
    }

    static io.restassured.specification.RequestSpecification signed(StandardWebhooks.Headers headers, byte[] body) {
        return io.restassured.RestAssured.given().contentType("application/json")
                .header(StandardWebhooks.ID_HEADER, headers.id())
                .header(StandardWebhooks.TIMESTAMP_HEADER, headers.timestamp())
                .header(StandardWebhooks.SIGNATURE_HEADER, headers.signature()).body(body);
    }

    @Test
    void a_check_missed_while_the_service_was_down_fires_late_once_and_says_how_late() {
        // The window began ten hours ago: every overdue check was due while nothing ran, and fires now, late.
        String cutoverId = Weekends.cutoverWithWindow(Instant.now().minus(Duration.ofHours(10)));
        JsonPath runbook = instantiate(cutoverId);
        String down = taskId(runbook, "take-production-down");

        RunbookTaskOverdue overdue = CatalogEvents.await(topic, cutoverId, EventCatalog.RUNBOOK_TASK_OVERDUE,
                e -> e.taskId().equals(down), 1).get(0);
        assertThat(overdue.title()).isEqualTo("Take production down");
        assertThat(overdue.tolerance()).isEqualTo(Duration.ofMinutes(15));
        assertThat(overdue.latenessMillis()).isGreaterThan(Duration.ofHours(9).toMillis());

        // Once per task and plan: a recomputation sends no second one.
        runbooks.recompute(UUID.fromString(cutoverId));
        topic.awaitNone(CatalogEvents.of(cutoverId, EventCatalog.RUNBOOK_TASK_OVERDUE,
                e -> e.taskId().equals(down)), Duration.ofSeconds(3));
        assertThat(as(OPS_LEAD).get(path(cutoverId)).then().statusCode(200).extract().jsonPath()
                .getInt("projection.overdueTasks")).isGreaterThan(0);
    }

    @Test
    void a_long_forecast_projects_the_system_back_after_the_point_of_no_return() {
        String cutoverId = Weekends.cutoverWithWindow(Instant.now().plus(Duration.ofDays(2)));
        instantiate(cutoverId);
        CatalogEvents.await(topic, cutoverId, EventCatalog.RUNBOOK_PROJECTION_CHANGED, 1);

        CatalogEvents.publish(Weekends.bootstrap(), new UpgradeForecastChanged(cutoverId, UUID.randomUUID().toString(),
                Duration.ofHours(40), null, Duration.ofHours(60), Duration.ofHours(1), true, null, Instant.now()));

        RunbookProjectionChanged crossing = CatalogEvents.await(topic, cutoverId, EventCatalog.RUNBOOK_PROJECTION_CHANGED,
                RunbookProjectionChanged::crossesPointOfNoReturn, 1).get(0);
        assertThat(crossing.projectedSystemBackAt()).isAfter(crossing.pointOfNoReturnAt());
        assertThat(crossing.criticalPath()).contains("The production upgrade runs");
        assertThat(crossing.marginToBusinessResume()).isNegative();
        JsonPath view = as(ON_CALL).get(path(cutoverId)).then().statusCode(200).extract().jsonPath();
        assertThat(view.getBoolean("projection.crossesPointOfNoReturn")).isTrue();
        assertThat(view.getString("tasks.find { it.key == 'production-upgrade' }.expectedDuration")).isEqualTo("PT60H");
    }
}
