package dev.golive.planner.gonogo;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.planner.support.Api;
import dev.golive.planner.support.Events;
import dev.golive.planner.support.Gates;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.ConsumerChecks;
import dev.golive.testkit.ConsumerChecks.Unreadable;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.planner.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The gates follow the other services' events from the real broker; the API and GateChanged show them. */
@QuarkusTest
class GatesFromEventsTest {

    @Test
    void a_new_cutover_has_unknown_gates_except_incidents_and_recommends_no_go() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        JsonPath gates = Gates.get(id);
        assertThat(gates.getString("cutoverId")).isEqualTo(id);
        assertThat(gates.getString("recommendation")).isEqualTo("NO_GO");
        assertThat(gates.getList("gates.gate")).containsExactly("STAGING_REHEARSAL", "UPGRADE_SUMMARY_REVIEWED",
                "UPGRADE_FORECAST_FITS", "STAGING_ACCEPTANCE", "INTEGRATIONS_READY", "CRITICAL_SCENARIOS_ASSIGNED",
                "ON_CALL_COVERED", "NO_OPEN_CRITICAL_INCIDENT", "RUNBOOK_READY");
        assertThat(gates.getList("gates.state")).containsExactly("UNKNOWN", "UNKNOWN", "UNKNOWN", "UNKNOWN",
                "UNKNOWN", "UNKNOWN", "UNKNOWN", "PASSED", "UNKNOWN");
        assertThat(gates.getList("failingGates")).containsExactly("STAGING_REHEARSAL", "UPGRADE_SUMMARY_REVIEWED",
                "UPGRADE_FORECAST_FITS", "STAGING_ACCEPTANCE", "INTEGRATIONS_READY", "CRITICAL_SCENARIOS_ASSIGNED",
                "ON_CALL_COVERED", "RUNBOOK_READY");
        assertThat(Gates.gate(id, "RUNBOOK_READY").get("reasons")).isEqualTo(List.of("no runbook yet"));
        assertThat(gates.getString("decision")).isNull();
        assertThat(gates.getString("gates[0].since")).isNotNull();

        for (String user : List.of(DemoUsers.ON_CALL, DemoUsers.TESTER, DemoUsers.STAKEHOLDER, DemoUsers.ADMIN)) {
            as(user).get("/api/cutovers/" + id + "/gates").then().statusCode(200);
        }
        io.restassured.RestAssured.given().get("/api/cutovers/" + id + "/gates").then().statusCode(401);
        as(DemoUsers.ADMIN).get("/api/cutovers/" + UUID.randomUUID() + "/gates").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void each_kind_of_event_passes_or_fails_its_gate_with_the_reasons() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        Events.allGatesPassing(id).forEach(Events::publish);
        Gates.awaitRecommendation(id, "GO");
        assertThat(Gates.get(id).getList("failingGates")).isEmpty();

        Events.publish(Events.staging(id, false, "STALE", "OPEN_SUMMARY_ITEMS"));
        assertThat(Gates.await(id, "STAGING_REHEARSAL", "FAILED")).containsExactly("STALE");
        assertThat(Gates.await(id, "UPGRADE_SUMMARY_REVIEWED", "FAILED")).singleElement().asString()
                .contains("OPEN_SUMMARY_ITEMS");

        Events.publish(Events.itemRaised(id, "rehearsal-1", "item-9"));
        Gates.awaitRecommendation(id, "NO_GO");
        Events.publish(Events.staging(id, true));
        assertThat(Gates.await(id, "STAGING_REHEARSAL", "PASSED")).isEmpty();
        assertThat(Gates.await(id, "UPGRADE_SUMMARY_REVIEWED", "FAILED")).singleElement().asString()
                .startsWith("open summary item ").contains("sale.order.state").doesNotContain("item-9");
        Events.publish(Events.itemResolved(id, "rehearsal-1", "item-9"));
        Gates.await(id, "UPGRADE_SUMMARY_REVIEWED", "PASSED");

        Events.publish(Events.forecastExceeds(id, "rehearsal-1"));
        assertThat(Gates.await(id, "UPGRADE_FORECAST_FITS", "FAILED")).singleElement().asString()
                .contains("5 h").contains("4 h");
        Events.publish(Events.rehearsal(id, "rehearsal-2", "SUCCEEDED"));
        Gates.await(id, "UPGRADE_FORECAST_FITS", "PASSED");
        // A forecast resting on an implausible measurement fails the gate with staging-refresh's reason.
        String implausible = "the rehearsal measured 1 s for the upgrade 16 → 19, below the plausible 5 min: "
                + "record the real durations of the rehearsal";
        Events.publish(Events.forecastChanged(id, "rehearsal-2", false, implausible));
        Gates.awaitReasons(id, "UPGRADE_FORECAST_FITS", "FAILED",
                "the production upgrade forecast from the latest successful rehearsal is not plausible: " + implausible);
        Events.publish(Events.forecastChanged(id, "rehearsal-2", true, null));
        Gates.await(id, "UPGRADE_FORECAST_FITS", "PASSED");

        // One integration's verdict is part of the cutover-wide one and does not move the gate.
        Events.publish(Events.integrations(id, "carrier", false, "carrier: probe failed"));
        Events.publish(Events.integrations(id, null, false, "carrier: probe failed", "bank: no live-verification plan"));
        assertThat(Gates.await(id, "INTEGRATIONS_READY", "FAILED"))
                .containsExactly("carrier: probe failed", "bank: no live-verification plan");

        Events.publish(Events.plan(id, true));
        assertThat(Gates.await(id, "CRITICAL_SCENARIOS_ASSIGNED", "FAILED")).singleElement().asString()
                .contains("'Validate a delivery'").contains("NO_TESTER").doesNotContain("S-2");

        Events.publish(Events.roster(id, true));
        assertThat(Gates.await(id, "ON_CALL_COVERED", "FAILED")).singleElement().asString()
                .contains("PRIMARY");

        Events.publish(Events.incident(id, "incident-1", "Stock report slow", "HIGH", Instant.now()));
        Events.publish(Events.incident(id, "incident-2", "Stock moves lost on staging", "CRITICAL", Instant.now()));
        assertThat(Gates.await(id, "NO_OPEN_CRITICAL_INCIDENT", "FAILED")).singleElement().asString()
                .isEqualTo("critical incident 'Stock moves lost on staging' is open");
        Events.publish(Events.incidentResolved(id, "incident-2"));
        Gates.await(id, "NO_OPEN_CRITICAL_INCIDENT", "PASSED");

        JsonPath gates = Gates.get(id);
        assertThat(gates.getString("recommendation")).isEqualTo("NO_GO");
        // rehearsal-2 replaced the accepted rehearsal-1 and nobody reviewed or tested it on staging.
        assertThat(gates.getList("failingGates")).containsExactly("STAGING_ACCEPTANCE", "INTEGRATIONS_READY",
                "CRITICAL_SCENARIOS_ASSIGNED", "ON_CALL_COVERED");
    }

    @Test
    void staging_acceptance_follows_the_review_and_the_critical_flows_of_the_current_rehearsal() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        String reviewOpen = "the developer review of the current rehearsal is not done: 3 items open (Important PDF "
                + "reports print, Scheduled actions checked, Logs reviewed)";
        String salesOrder = "critical flow 'Confirm a sales order' (SALES) has not passed on the current rehearsal: ";
        String noReview = "no developer review of the current rehearsal reported yet";
        String noRound = "no staging round on the current rehearsal yet";
        try (RawTopicReader cutoverTopic = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            assertThat(Gates.gate(id, "STAGING_ACCEPTANCE").get("state")).isEqualTo("UNKNOWN");
            // The review and the round may be read before the rehearsal's completion (other topics, other
            // consumers): kept until the rehearsal becomes current, and UNKNOWN meanwhile.
            String round = Events.publish(Events.stagingRound(id, "rehearsal-1", "FAILED"));
            String review = Events.publish(Events.developerReview(id, "rehearsal-1", "Important PDF reports print",
                    "Scheduled actions checked", "Logs reviewed"));
            awaitApplied("cutover-planner.testing", round);
            awaitApplied("cutover-planner.staging", review);
            assertThat(Gates.gate(id, "STAGING_ACCEPTANCE").get("state")).isEqualTo("UNKNOWN");

            Events.publish(Events.rehearsal(id, "rehearsal-1", "SUCCEEDED"));
            Gates.awaitReasons(id, "STAGING_ACCEPTANCE", "FAILED", reviewOpen, salesOrder + "FAILED");

            Events.publish(Events.developerReview(id, "rehearsal-1"));
            Gates.awaitReasons(id, "STAGING_ACCEPTANCE", "FAILED", salesOrder + "FAILED");
            assertThat(Gates.get(id).getList("failingGates")).contains("STAGING_ACCEPTANCE");

            Events.publish(Events.stagingRound(id, "rehearsal-1", "PASSED"));
            Gates.awaitReasons(id, "STAGING_ACCEPTANCE", "PASSED");
            assertThat(Gates.get(id).getList("failingGates")).doesNotContain("STAGING_ACCEPTANCE");

            // Staging refreshed: rehearsal-1's review and flows no longer count.
            Events.publish(Events.rehearsal(id, "rehearsal-2", "SUCCEEDED"));
            Gates.awaitReasons(id, "STAGING_ACCEPTANCE", "FAILED", noReview, noRound);
            String lateResult = Events.publish(Events.stagingRound(id, "rehearsal-1", "PASSED"));
            Events.publish(Events.developerReview(id, "rehearsal-2"));
            String becameCurrent = Events.publish(Events.noStagingRound(id, "rehearsal-2"));
            awaitApplied("cutover-planner.testing", lateResult);
            awaitApplied("cutover-planner.testing", becameCurrent);
            Gates.awaitReasons(id, "STAGING_ACCEPTANCE", "FAILED", noRound);

            Events.publish(Events.stagingRound(id, "rehearsal-2", "NOT_RUN"));
            Gates.awaitReasons(id, "STAGING_ACCEPTANCE", "FAILED", salesOrder + "NOT_RUN");
            Events.publish(Events.stagingRound(id, "rehearsal-2", "PASSED"));
            Gates.awaitReasons(id, "STAGING_ACCEPTANCE", "PASSED");

            List<GateChanged> changes = CatalogEvents.await(cutoverTopic, id, EventCatalog.GATE_CHANGED,
                    g -> g.gate().equals("STAGING_ACCEPTANCE"), 7);
            assertThat(changes).extracting(GateChanged::state).containsExactly("FAILED", "FAILED", "PASSED",
                    "FAILED", "FAILED", "FAILED", "PASSED");
            assertThat(changes).extracting(GateChanged::reasons).containsExactly(
                    List.of(reviewOpen, salesOrder + "FAILED"), List.of(salesOrder + "FAILED"), List.of(),
                    List.of(noReview, noRound), List.of(noRound), List.of(salesOrder + "NOT_RUN"), List.of());
        }
    }

    private static void awaitApplied(String consumer, String ceId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(consumer, ceId) == 1);
    }

    @Test
    void gate_changed_is_announced_only_when_state_or_reasons_change() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        try (RawTopicReader cutoverTopic = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            Events.publish(Events.staging(id, false, "STALE"));
            Events.publish(Events.staging(id, false, "STALE"));
            Events.publish(Events.staging(id, false, "STALE", "DRIFTED"));
            Events.publish(Events.staging(id, true));
            List<GateChanged> changes = CatalogEvents.await(cutoverTopic, id, EventCatalog.GATE_CHANGED,
                    g -> g.gate().equals("STAGING_REHEARSAL"), 3);
            assertThat(changes).extracting(GateChanged::state).containsExactly("FAILED", "FAILED", "PASSED");
            assertThat(changes).extracting(GateChanged::reasons)
                    .containsExactly(List.of("STALE"), List.of("STALE", "DRIFTED"), List.of());
            assertThat(changes.get(2).since()).isAfterOrEqualTo(changes.get(0).since());
            // The ready verdict also settled the summary gate: one change, then nothing more.
            assertThat(CatalogEvents.await(cutoverTopic, id, EventCatalog.GATE_CHANGED,
                    g -> g.gate().equals("UPGRADE_SUMMARY_REVIEWED"), 1).get(0).state()).isEqualTo("PASSED");
            cutoverTopic.awaitNone(CatalogEvents.of(id, EventCatalog.GATE_CHANGED), Duration.ofSeconds(2));
        }
        assertThat(Gates.gate(id, "STAGING_REHEARSAL").get("state")).isEqualTo("PASSED");
    }

    @Test
    void the_runbook_gate_follows_the_runbooks_readiness_naming_each_pending_task() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        String announce = "'Announce the downtime to users' is due before go/no-go and not done";
        String backup = "'Take the pre-upgrade backup' is due before go/no-go and not done";
        try (RawTopicReader cutoverTopic = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            Events.publish(Events.runbookReadiness(id, false, "Announce the downtime to users",
                    "Take the pre-upgrade backup"));
            Gates.awaitReasons(id, "RUNBOOK_READY", "FAILED", announce, backup);
            Events.publish(Events.runbookReadiness(id, false, "Announce the downtime to users",
                    "Take the pre-upgrade backup"));
            Events.publish(Events.runbookReadiness(id, false, "Announce the downtime to users"));
            Gates.awaitReasons(id, "RUNBOOK_READY", "FAILED", announce);
            Events.publish(Events.runbookReadiness(id, true));
            Gates.awaitReasons(id, "RUNBOOK_READY", "PASSED");

            // The same verdict twice is not news: three changes for four readiness events.
            List<GateChanged> changes = CatalogEvents.await(cutoverTopic, id, EventCatalog.GATE_CHANGED,
                    g -> g.gate().equals("RUNBOOK_READY"), 3);
            assertThat(changes).extracting(GateChanged::state).containsExactly("FAILED", "FAILED", "PASSED");
            assertThat(changes).extracting(GateChanged::reasons)
                    .containsExactly(List.of(announce, backup), List.of(announce), List.of());
            cutoverTopic.awaitNone(CatalogEvents.of(id, EventCatalog.GATE_CHANGED), Duration.ofSeconds(1));
        }
    }

    @Test
    void an_event_delivered_twice_is_applied_once() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        try (RawTopicReader cutoverTopic = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            // Raised twice under one id, resolved once: applied twice, the item would be resolved anyway, so
            // count how often the planner recorded the delivery instead of trusting the end state alone.
            ConsumerChecks.deliveredTwice(Api.bootstrap(), Events.itemRaised(id, "rehearsal-1", "item-1"),
                    Events.staging(id, true), ceId -> processed("cutover-planner.staging", ceId));
            Gates.await(id, "STAGING_REHEARSAL", "PASSED");
            assertThat(CatalogEvents.await(cutoverTopic, id, EventCatalog.GATE_CHANGED,
                    g -> g.gate().equals("UPGRADE_SUMMARY_REVIEWED"), 1)).hasSize(1);
        }
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_next_one_is_applied() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        // A roster whose cutover id is not one, under the key of a real cutover.
        ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), "cutover-planner",
                Unreadable.refused(Events.roster("not-a-uuid", false), "not-a-uuid").keyedBy(id),
                Events.roster(id, false), () -> "PASSED".equals(Gates.gate(id, "ON_CALL_COVERED").get("state")));
    }

    @Test
    void a_critical_incident_of_the_weekend_itself_is_not_a_go_no_go_gate() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        String downtime = as(OPS_LEAD).get("/api/cutovers/" + id + "/window-proposals?count=1").then().statusCode(200)
                .extract().path("windows[0].downtimeStart");
        as(OPS_LEAD).body(java.util.Map.of("downtimeStart", downtime)).put("/api/cutovers/" + id + "/window")
                .then().statusCode(200);
        Instant downtimeInstant = Instant.parse(as(OPS_LEAD).get("/api/cutovers/" + id).then().extract()
                .path("window.milestones.find { it.milestone == 'DOWNTIME_START' }.instant"));

        Events.publish(Events.incident(id, "during-weekend", "Invoices stuck during the weekend", "CRITICAL",
                downtimeInstant.plusSeconds(60)));
        Events.publish(Events.incident(id, "from-rehearsal", "Stock moves lost on staging", "CRITICAL",
                downtimeInstant.minus(Duration.ofDays(2))));
        assertThat(Gates.await(id, "NO_OPEN_CRITICAL_INCIDENT", "FAILED")).singleElement().asString()
                .contains("'Stock moves lost on staging'").doesNotContain("from-rehearsal");
    }

    private static long processed(String consumer, String ceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) GateEvidenceRow.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer).setParameter(2, ceId).getSingleResult()).longValue());
    }
}
