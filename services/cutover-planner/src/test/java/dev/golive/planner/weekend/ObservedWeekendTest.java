package dev.golive.planner.weekend;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.planner.support.Api;
import dev.golive.planner.support.Events;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.planner.support.Api.as;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekend's status follows what the runbook observed, not the schedule: the planner turns a
 * runbook task's move into WeekendFactObserved (once per fact and window revision, after a GO for
 * the downtime) and moves the status on the facts; the milestones stay the plan.
 */
@QuarkusTest
class ObservedWeekendTest {

    private static final Duration WEEKEND = Duration.ofSeconds(90);

    @Test
    void the_milestones_alone_move_nothing_and_the_observations_move_the_status() {
        ZonedDateTime downtime = Api.secondsFromNowOnOneDate(20);
        Map<String, Object> body = Api.cutover(downtime.getZone().getId());
        body.put("policy", Api.compressedPolicy(downtime));
        String id = Api.create(body);
        try (RawTopicReader cutovers = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            as(OPS_LEAD).body(Map.of("downtimeStart", downtime.toLocalDateTime().toString()))
                    .put("/api/cutovers/" + id + "/window").then().statusCode(200);
            CatalogEvents.await(cutovers, id, EventCatalog.GO_NO_GO_RECOMMENDED, 1);
            // Before the GO a task that takes production down observes nothing (the runbook refuses it too).
            String early = Events.publish(Events.downtimeStarted(id, "task-too-early", Instant.now()));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> applied("cutover-planner.runbook", early));
            as(OPS_LEAD).body(Map.of("decision", "GO", "reason", "the client accepts the open points"))
                    .post("/api/cutovers/" + id + "/go-no-go").then().statusCode(200);

            // The whole plan up to the technical review's end passes: DOWNTIME_START moves nothing now.
            CatalogEvents.await(cutovers, id, EventCatalog.MILESTONE_REACHED,
                    m -> m.milestone() == Milestone.TECHNICAL_REVIEW_END, 1);
            assertThat(statusMoves(cutovers, id, 2)).containsExactly(CutoverStatus.SCHEDULED,
                    CutoverStatus.GO_NO_GO_PASSED);
            cutovers.awaitNone(CatalogEvents.of(id, EventCatalog.CUTOVER_STATUS_CHANGED), Duration.ofMillis(300));
            assertThat(status(id)).isEqualTo("GO_NO_GO_PASSED");

            // Production goes down late, after the GO: one fact, whatever the redeliveries and a second task say.
            Instant down = now().minusSeconds(1);
            String ceId = UUID.randomUUID().toString();
            CatalogEvents.publish(Api.bootstrap(), Events.downtimeStarted(id, "task-down", down), ceId);
            CatalogEvents.publish(Api.bootstrap(), Events.downtimeStarted(id, "task-down", down), ceId);
            Events.publish(Events.downtimeStarted(id, "task-down-again", Instant.now()));
            WeekendFactObserved downtimeFact = CatalogEvents.await(cutovers, id, EventCatalog.WEEKEND_FACT_OBSERVED, 1)
                    .get(0);
            assertThat(downtimeFact.fact()).isEqualTo(WeekendFact.DOWNTIME_STARTED);
            assertThat(downtimeFact.taskId()).isEqualTo("task-down");
            assertThat(downtimeFact.taskTitle()).isEqualTo("Take production down");
            assertThat(downtimeFact.reportedBy()).isEqualTo("oscar");
            assertThat(downtimeFact.observedAt()).isEqualTo(down);
            assertThat(downtimeFact.plannedAt()).isEqualTo(downtime.toInstant());
            assertThat(downtimeFact.windowRevision()).isEqualTo(1);
            assertThat(downtimeFact.recordedAt()).isNotNull();
            CutoverStatusChanged started = CatalogEvents.await(cutovers, id, EventCatalog.CUTOVER_STATUS_CHANGED, 1).get(0);
            assertThat(started.to()).isEqualTo(CutoverStatus.IN_PROGRESS);
            assertThat(started.reason()).contains("production went down after a GO decision");

            // The system is back well after SYSTEM_BACK_EXPECTED, and the review's end was reached before:
            // weekend testing starts now. The fact carries the plan and the observation.
            Instant back = now();
            Events.publish(Events.systemBack(id, back));
            WeekendFactObserved backFact = CatalogEvents.await(cutovers, id, EventCatalog.WEEKEND_FACT_OBSERVED, 1).get(0);
            Instant planned = milestone(id, "SYSTEM_BACK_EXPECTED");
            assertThat(backFact.fact()).isEqualTo(WeekendFact.SYSTEM_BACK);
            assertThat(backFact.observedAt()).isEqualTo(back);
            assertThat(backFact.plannedAt()).isEqualTo(planned).isBefore(back);
            CutoverStatusChanged testing = CatalogEvents.await(cutovers, id, EventCatalog.CUTOVER_STATUS_CHANGED, 1).get(0);
            assertThat(testing.to()).isEqualTo(CutoverStatus.WEEKEND_TESTING);
            assertThat(testing.reason()).contains("came back after the technical review's end");

            // Business resumes; completed only on the sign-off that follows.
            Instant resumed = now();
            Events.publish(Events.businessResumed(id, resumed));
            assertThat(CatalogEvents.await(cutovers, id, EventCatalog.WEEKEND_FACT_OBSERVED, 1).get(0).fact())
                    .isEqualTo(WeekendFact.BUSINESS_RESUMED);
            cutovers.awaitNone(CatalogEvents.of(id, EventCatalog.CUTOVER_STATUS_CHANGED), Duration.ofMillis(300));
            Events.publish(Events.signedOff(id));
            CutoverStatusChanged completed = CatalogEvents.await(cutovers, id, EventCatalog.CUTOVER_STATUS_CHANGED, 1)
                    .get(0);
            assertThat(completed.to()).isEqualTo(CutoverStatus.COMPLETED);
            assertThat(completed.reason()).contains("signed off after business resumed");
            cutovers.awaitNone(CatalogEvents.of(id, EventCatalog.WEEKEND_FACT_OBSERVED), Duration.ofMillis(300));

            // The view shows the plan and the observation side by side.
            JsonPath view = as(OPS_LEAD).get("/api/cutovers/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(Instant.parse(view.getString("observed.downtimeStartedAt"))).isEqualTo(down);
            assertThat(Instant.parse(view.getString("observed.systemBackAt"))).isEqualTo(back);
            assertThat(Instant.parse(view.getString("observed.businessResumedAt"))).isEqualTo(resumed);
            assertThat(Instant.parse(view.getString(
                    "window.milestones.find { it.milestone == 'SYSTEM_BACK_EXPECTED' }.instant"))).isEqualTo(planned);
        }
    }

    @Test
    void weekend_testing_waits_for_the_technical_reviews_end_and_a_rolled_back_cutover_takes_no_more_facts() {
        String id = Api.create(Api.cutover("Europe/Lisbon"));
        String downtime = as(OPS_LEAD).get("/api/cutovers/" + id + "/window-proposals?count=1").then().statusCode(200)
                .extract().path("windows[0].downtimeStart");
        as(OPS_LEAD).body(Map.of("downtimeStart", LocalDateTime.parse(downtime).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);
        as(OPS_LEAD).body(Map.of("status", "GO_NO_GO_PASSED", "reason", "by hand")).post("/api/cutovers/" + id + "/status")
                .then().statusCode(200);
        try (RawTopicReader cutovers = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            Instant down = Instant.now();
            Events.publish(Events.downtimeStarted(id, "task-down", down));
            Events.publish(Events.systemBack(id, down.plusSeconds(1)));
            // A task finishing that observes its fact on finish: only DONE counts, not its start.
            Events.publish(Events.task(id, "task-resume", "Open the system to users", WeekendFact.BUSINESS_RESUMED,
                    RunbookTaskStatus.PLANNED, RunbookTaskStatus.RUNNING, down.plusSeconds(2)));
            List<WeekendFactObserved> facts = CatalogEvents.await(cutovers, id, EventCatalog.WEEKEND_FACT_OBSERVED, 2);
            assertThat(facts).extracting(WeekendFactObserved::fact)
                    .containsExactly(WeekendFact.DOWNTIME_STARTED, WeekendFact.SYSTEM_BACK);
            // The technical review ends days from now: in progress until then, however early the system is back.
            CatalogEvents.await(cutovers, id, EventCatalog.CUTOVER_STATUS_CHANGED,
                    c -> c.to() == CutoverStatus.IN_PROGRESS, 1);
            cutovers.awaitNone(CatalogEvents.of(id, EventCatalog.CUTOVER_STATUS_CHANGED,
                    c -> c.to() == CutoverStatus.WEEKEND_TESTING), Duration.ofSeconds(1));
            assertThat(status(id)).isEqualTo("IN_PROGRESS");

            Events.publish(Events.rollback(id, "ROLL_BACK"));
            CatalogEvents.await(cutovers, id, EventCatalog.CUTOVER_STATUS_CHANGED,
                    c -> c.to() == CutoverStatus.ROLLED_BACK, 1);
            Events.publish(Events.businessResumed(id, Instant.now()));
            cutovers.awaitNone(CatalogEvents.of(id, EventCatalog.WEEKEND_FACT_OBSERVED), Duration.ofSeconds(1));
        }
        JsonPath view = as(OPS_LEAD).get("/api/cutovers/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("status")).isEqualTo("ROLLED_BACK");
        assertThat(view.getString("observed.systemBackAt")).isNotNull();
        assertThat(view.getString("observed.businessResumedAt")).isNull();
    }

    /** Now, to the millisecond: what the database keeps of an instant and gives back. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static boolean applied(String consumer, String ceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer).setParameter(2, ceId).getSingleResult()).longValue() == 1);
    }

    private static String status(String id) {
        return as(OPS_LEAD).get("/api/cutovers/" + id).then().statusCode(200).extract().path("status");
    }

    private static Instant milestone(String id, String milestone) {
        return Instant.parse(as(OPS_LEAD).get("/api/cutovers/" + id).then().statusCode(200).extract()
                .path("window.milestones.find { it.milestone == '" + milestone + "' }.instant"));
    }

    private static List<CutoverStatus> statusMoves(RawTopicReader reader, String id, int count) {
        return reader.awaitRecords(CatalogEvents.of(id, EventCatalog.CUTOVER_STATUS_CHANGED), count, WEEKEND).stream()
                .map(r -> ((CutoverStatusChanged) CatalogEvents.decode(r)).to()).toList();
    }
}
