package dev.golive.planner.weekend;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.GoNoGoRecommended;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.planner.support.Api;
import dev.golive.planner.support.Events;
import dev.golive.planner.support.Gates;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.planner.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Whole go-live weekends compressed into seconds by the policy alone: real Quartz triggers fire the
 * milestones, the planner recommends at the go/no-go, the ops lead decides, and the status follows
 * what the runbook observed (production down, the system back, business resumed), the technical
 * review's end and the sign-off.
 */
@QuarkusTest
class GoLiveWeekendTest {

    private static final Duration WEEKEND = Duration.ofSeconds(90);

    /** The gates that fail when no service has reported anything yet: all but the incidents' gate, in gate order. */
    private static final List<String> NOTHING_KNOWN_FAILING = List.of("STAGING_REHEARSAL", "UPGRADE_SUMMARY_REVIEWED",
            "UPGRADE_FORECAST_FITS", "STAGING_ACCEPTANCE", "INTEGRATIONS_READY", "CRITICAL_SCENARIOS_ASSIGNED",
            "ON_CALL_COVERED", "RUNBOOK_READY");

    @Test
    void compressed_weekends_run_from_the_go_no_go_to_completion_on_real_triggers() {
        ZonedDateTime planned = Api.secondsFromNowOnOneDate(600);
        String signedEarly = plan(planned);
        String signedLate = plan(planned);
        String goOverFailing = plan(planned);
        String neverDecided = plan(planned);
        for (String id : List.of(signedEarly, signedLate)) {
            Events.allGatesPassing(id).forEach(Events::publish);
            Gates.awaitRecommendation(id, "GO");
        }
        // The gates are in: now lay the weekend seconds ahead, whatever the consumers took to start.
        ZonedDateTime downtime = Api.secondsFromNowOnOneDate(20);
        for (String id : List.of(signedEarly, signedLate, goOverFailing, neverDecided)) {
            as(OPS_LEAD).contentType("application/merge-patch+json")
                    .body(Map.of("policy", Api.compressedPolicy(downtime))).patch("/api/cutovers/" + id)
                    .then().statusCode(200);
        }

        // The window is proposed for today, seconds ahead, and taken as proposed.
        JsonPath proposals = as(OPS_LEAD).get("/api/cutovers/" + signedEarly + "/window-proposals?count=1")
                .then().statusCode(200).extract().jsonPath();
        assertThat(LocalDateTime.parse(proposals.getString("windows[0].downtimeStart")))
                .isEqualTo(downtime.toLocalDateTime());

        try (RawTopicReader cutovers = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            for (String id : List.of(signedEarly, signedLate, goOverFailing, neverDecided)) {
                schedule(id, downtime.toLocalDateTime());
            }

            GoNoGoRecommended go = CatalogEvents.await(cutovers, signedEarly, EventCatalog.GO_NO_GO_RECOMMENDED, 1).get(0);
            assertThat(go.recommendation()).isEqualTo("GO");
            assertThat(go.failingGates()).isEmpty();
            assertThat(go.downtimeStart()).isEqualTo(downtime.toInstant());
            GoNoGoRecommended noGo = CatalogEvents.await(cutovers, goOverFailing, EventCatalog.GO_NO_GO_RECOMMENDED, 1).get(0);
            assertThat(noGo.recommendation()).isEqualTo("NO_GO");
            assertThat(noGo.failingGates()).containsExactlyElementsOf(NOTHING_KNOWN_FAILING);
            CatalogEvents.await(cutovers, signedLate, EventCatalog.GO_NO_GO_RECOMMENDED, 1);

            decide(signedEarly, "GO", "all gates green").statusCode(200).body("status", org.hamcrest.Matchers.is("GO_NO_GO_PASSED"))
                    .body("decidedBy", org.hamcrest.Matchers.is("olivia"));
            decide(signedLate, "GO", "all gates green").statusCode(200);
            decide(goOverFailing, "GO", "the client accepts the open points").statusCode(200)
                    .body("failingGates", org.hamcrest.Matchers.equalTo(NOTHING_KNOWN_FAILING));
            decide(signedEarly, "GO", "all gates green").statusCode(409)
                    .body("detail", containsString("was decided"));
            GoNoGoDecided overFailing = CatalogEvents.await(cutovers, goOverFailing, EventCatalog.GO_NO_GO_DECIDED, 1).get(0);
            assertThat(overFailing.decision()).isEqualTo("GO");
            assertThat(overFailing.failingGates()).containsExactlyElementsOf(NOTHING_KNOWN_FAILING);

            // The runbook observes the weekend as soon as the GO is given: production goes down, the system is
            // back and business resumes (a compressed runbook finishes before the milestones that plan it).
            for (String id : List.of(signedEarly, signedLate, goOverFailing)) {
                java.time.Instant now = java.time.Instant.now();
                Events.publish(Events.downtimeStarted(id, "task-down", now));
                Events.publish(Events.systemBack(id, now.plusMillis(1)));
            }
            for (String id : List.of(signedEarly, signedLate)) {
                Events.publish(Events.businessResumed(id, java.time.Instant.now()));
            }
            // Without a GO the runbook's start of the downtime is no fact (the runbook refuses it too).
            Events.publish(Events.downtimeStarted(neverDecided, "task-down", java.time.Instant.now()));
            Events.publish(Events.signedOff(signedEarly));

            assertThat(statusMoves(cutovers, signedEarly, 5)).containsExactly(CutoverStatus.SCHEDULED,
                    CutoverStatus.GO_NO_GO_PASSED,
                    CutoverStatus.IN_PROGRESS, CutoverStatus.WEEKEND_TESTING, CutoverStatus.COMPLETED);
            List<Milestone> reached = cutovers.awaitRecords(CatalogEvents.of(signedEarly, EventCatalog.MILESTONE_REACHED),
                    8, WEEKEND).stream().map(r -> ((MilestoneReached) CatalogEvents.decode(r)).milestone()).toList();
            assertThat(reached).containsExactly(Milestone.STAGING_REFRESH_DEADLINE, Milestone.GO_NO_GO,
                    Milestone.DOWNTIME_START, Milestone.SYSTEM_BACK_EXPECTED, Milestone.TECHNICAL_REVIEW_END,
                    Milestone.WEEKEND_TESTING_END, Milestone.POINT_OF_NO_RETURN, Milestone.BUSINESS_RESUME);

            // Not signed off when business resumed: still testing, and completed by the late sign-off.
            assertThat(statusMoves(cutovers, signedLate, 4)).containsExactly(CutoverStatus.SCHEDULED,
                    CutoverStatus.GO_NO_GO_PASSED,
                    CutoverStatus.IN_PROGRESS, CutoverStatus.WEEKEND_TESTING);
            CatalogEvents.await(cutovers, signedLate, EventCatalog.MILESTONE_REACHED,
                    m -> m.milestone() == Milestone.BUSINESS_RESUME, 1);
            assertThat(status(signedLate)).isEqualTo("WEEKEND_TESTING");
            Events.publish(Events.signedOff(signedLate));
            CutoverStatusChanged completed = CatalogEvents.await(cutovers, signedLate, EventCatalog.CUTOVER_STATUS_CHANGED,
                    c -> c.to() == CutoverStatus.COMPLETED, 1).get(0);
            assertThat(completed.reason()).contains("signed off after business resumed");

            assertThat(statusMoves(cutovers, goOverFailing, 4)).containsExactly(CutoverStatus.SCHEDULED,
                    CutoverStatus.GO_NO_GO_PASSED,
                    CutoverStatus.IN_PROGRESS, CutoverStatus.WEEKEND_TESTING);

            // Without a GO nothing starts: no status change at all, the flag shows the missed start.
            CatalogEvents.await(cutovers, neverDecided, EventCatalog.MILESTONE_REACHED,
                    m -> m.milestone() == Milestone.BUSINESS_RESUME, 1);
            assertThat(statusMoves(cutovers, neverDecided, 1)).containsExactly(CutoverStatus.SCHEDULED);
            cutovers.awaitNone(CatalogEvents.of(neverDecided, EventCatalog.CUTOVER_STATUS_CHANGED), Duration.ofMillis(200));
            cutovers.awaitNone(CatalogEvents.of(neverDecided, EventCatalog.WEEKEND_FACT_OBSERVED), Duration.ofMillis(200));
            JsonPath gates = Gates.get(neverDecided);
            assertThat(gates.getString("status")).isEqualTo("SCHEDULED");
            assertThat(gates.getString("downtimeStartedWithoutGoAt")).isNotNull();
            assertThat(gates.getString("decision")).isNull();
        }
        JsonPath decided = Gates.get(goOverFailing);
        assertThat(decided.getString("decision.decision")).isEqualTo("GO");
        assertThat(decided.getString("decision.decidedBy")).isEqualTo("olivia");
        assertThat(decided.getString("decision.reason")).isEqualTo("the client accepts the open points");
        assertThat(decided.getList("decision.failingGates")).containsExactlyElementsOf(NOTHING_KNOWN_FAILING);
        assertThat(decided.getString("decision.decidedAt")).isNotNull();
    }

    @Test
    void a_no_go_with_rescheduling_moves_the_cutover_to_the_next_eligible_weekend_at_once() {
        ZonedDateTime downtime = Api.secondsFromNowOnOneDate(20);
        String id = plan(downtime);
        try (RawTopicReader cutovers = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            schedule(id, downtime.toLocalDateTime());
            assertThat(CatalogEvents.await(cutovers, id, EventCatalog.GO_NO_GO_RECOMMENDED, 1).get(0).recommendation())
                    .isEqualTo("NO_GO");

            LocalDateTime nextWeek = downtime.toLocalDateTime().plusWeeks(1);
            as(OPS_LEAD).body(Map.of("decision", "NO_GO", "reason", "integrations not verified",
                            "rescheduleToNextWindow", true))
                    .post("/api/cutovers/" + id + "/go-no-go").then().statusCode(200)
                    .body("decision", org.hamcrest.Matchers.is("NO_GO"))
                    .body("rescheduled", org.hamcrest.Matchers.is(true))
                    .body("status", org.hamcrest.Matchers.is("SCHEDULED"))
                    .body("windowRevision", org.hamcrest.Matchers.is(1))
                    .body("window.revision", org.hamcrest.Matchers.is(2))
                    .body("window.downtimeStart", org.hamcrest.Matchers.startsWith(nextWeek.toString()));

            GoNoGoDecided decided = CatalogEvents.await(cutovers, id, EventCatalog.GO_NO_GO_DECIDED, 1).get(0);
            assertThat(decided.decision()).isEqualTo("NO_GO");
            assertThat(decided.decidedBy()).isEqualTo("olivia");
            assertThat(decided.failingGates()).containsExactlyElementsOf(NOTHING_KNOWN_FAILING);
            GoLiveWindowRescheduled moved = CatalogEvents.await(cutovers, id, EventCatalog.GO_LIVE_WINDOW_RESCHEDULED, 1).get(0);
            assertThat(moved.windowRevision()).isEqualTo(2);
            assertThat(moved.reason()).contains("integrations not verified");
            assertThat(moved.milestones()).filteredOn(m -> m.milestone() == Milestone.DOWNTIME_START)
                    .extracting(MilestoneTime::local).containsExactly(nextWeek);
            assertThat(statusMoves(cutovers, id, 3)).containsExactly(CutoverStatus.SCHEDULED, CutoverStatus.GO_NO_GO_FAILED,
                    CutoverStatus.SCHEDULED);

            // The new window has its own go/no-go, days away; the old window's triggers are gone.
            decide(id, "GO", "changed my mind").statusCode(409).body("detail", containsString("go/no-go"));
            cutovers.awaitNone(CatalogEvents.of(id, EventCatalog.MILESTONE_REACHED, m -> m.milestone() == Milestone.DOWNTIME_START),
                    Duration.between(java.time.Instant.now(), downtime.toInstant()).plusSeconds(2));
        }
        assertThat(Gates.get(id).getString("decision.decision")).isEqualTo("NO_GO");
        assertThat(Gates.get(id).getInt("decision.windowRevision")).isEqualTo(1);
    }

    @Test
    void the_decision_is_the_ops_leads_after_the_go_no_go_and_needs_a_reason() {
        String id = Api.create(Api.cutover("Europe/Lisbon"));
        decide(id, "GO", "ready").statusCode(409).body("detail", containsString("no window"));
        String downtime = as(OPS_LEAD).get("/api/cutovers/" + id + "/window-proposals?count=1").then().statusCode(200)
                .extract().path("windows[0].downtimeStart");
        schedule(id, LocalDateTime.parse(downtime));

        for (String user : List.of(DemoUsers.TESTER, DemoUsers.STAKEHOLDER, DemoUsers.ON_CALL, DemoUsers.ADMIN)) {
            as(user).body(Map.of("decision", "GO", "reason", "ready")).post("/api/cutovers/" + id + "/go-no-go")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        RestAssured.given().contentType("application/json").body(Map.of("decision", "GO", "reason", "ready"))
                .post("/api/cutovers/" + id + "/go-no-go").then().statusCode(401);
        as(OPS_LEAD).body(Map.of("decision", "GO")).post("/api/cutovers/" + id + "/go-no-go").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.contains("reason"));
        as(OPS_LEAD).body(Map.of("decision", "MAYBE", "reason", " ")).post("/api/cutovers/" + id + "/go-no-go")
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.contains("decision", "reason"));
        as(OPS_LEAD).body(Map.of("decision", "GO", "reason", "ready", "rescheduleToNextWindow", true))
                .post("/api/cutovers/" + id + "/go-no-go").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("rescheduleToNextWindow"));
        decide(id, "GO", "ready").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("a decision can be recorded from then on"));
        // Nobody takes part in a cutover that does not exist: refused before anything is looked up.
        decide(UUID.randomUUID().toString(), "GO", "ready").statusCode(403)
                .body("type", org.hamcrest.Matchers.equalTo("https://golive.dev/problems/not-a-member"));

        assertThat(status(id)).isEqualTo("SCHEDULED");
        assertThat(Gates.get(id).getString("decision")).isNull();
    }

    @Test
    void a_roll_back_decision_rolls_the_live_cutover_back_and_a_proceed_does_not() {
        String id = Api.create(Api.cutover("Europe/Lisbon"));
        String downtime = as(OPS_LEAD).get("/api/cutovers/" + id + "/window-proposals?count=1").then().statusCode(200)
                .extract().path("windows[0].downtimeStart");
        schedule(id, LocalDateTime.parse(downtime));
        for (String status : List.of("GO_NO_GO_PASSED", "IN_PROGRESS")) {
            as(OPS_LEAD).body(Map.of("status", status, "reason", "by hand")).post("/api/cutovers/" + id + "/status")
                    .then().statusCode(200);
        }
        try (RawTopicReader cutovers = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            Events.publish(Events.rollback(id, "PROCEED"));
            Events.publish(Events.rollback(id, "ROLL_BACK"));
            // The manual moves may still be on their way out of the outbox: wait for the rollback itself.
            CutoverStatusChanged rolledBack = CatalogEvents.await(cutovers, id, EventCatalog.CUTOVER_STATUS_CHANGED,
                    c -> c.to() == CutoverStatus.ROLLED_BACK, 1).get(0);
            // From IN_PROGRESS: the PROCEED before it moved nothing.
            assertThat(rolledBack.from()).isEqualTo(CutoverStatus.IN_PROGRESS);
            assertThat(rolledBack.to()).isEqualTo(CutoverStatus.ROLLED_BACK);
            assertThat(rolledBack.reason()).contains("roll back").contains("invoices are wrong");
            assertThat(rolledBack.changedBy()).isEqualTo("olivia");
        }
        assertThat(status(id)).isEqualTo("ROLLED_BACK");
    }

    private static String plan(ZonedDateTime downtime) {
        Map<String, Object> body = Api.cutover(downtime.getZone().getId());
        body.put("policy", Api.compressedPolicy(downtime));
        return Api.create(body);
    }

    private static void schedule(String id, LocalDateTime downtimeStart) {
        as(OPS_LEAD).body(Map.of("downtimeStart", downtimeStart.toString())).put("/api/cutovers/" + id + "/window")
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse decide(String id, String decision, String reason) {
        return as(OPS_LEAD).body(Map.of("decision", decision, "reason", reason))
                .post("/api/cutovers/" + id + "/go-no-go").then();
    }

    private static String status(String id) {
        return as(OPS_LEAD).get("/api/cutovers/" + id).then().statusCode(200).extract().path("status");
    }

    private static List<CutoverStatus> statusMoves(RawTopicReader reader, String id, int count) {
        return reader.awaitRecords(CatalogEvents.of(id, EventCatalog.CUTOVER_STATUS_CHANGED), count, WEEKEND).stream()
                .map(r -> ((CutoverStatusChanged) CatalogEvents.decode(r)).to()).toList();
    }
}
