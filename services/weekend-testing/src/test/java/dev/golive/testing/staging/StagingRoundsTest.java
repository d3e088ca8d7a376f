package dev.golive.testing.staging;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.StagingRoundChanged;
import dev.golive.testing.domain.ScenarioCatalogue;
import dev.golive.testing.support.Api;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static dev.golive.testing.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/**
 * Staging rounds: planned on the current, reviewed rehearsal from the testers' staging availability;
 * results on them count for their rehearsal only, and a newer rehearsal starts the critical flows over.
 */
@QuarkusTest
class StagingRoundsTest {

    private static final List<String> CRITICAL = List.of(ScenarioCatalogue.QUOTATION, ScenarioCatalogue.DELIVERY_RECEIPT,
            ScenarioCatalogue.INVOICE, ScenarioCatalogue.PURCHASE_FLOW, ScenarioCatalogue.DAILY_TASKS);

    private static Map<String, Object> result(String outcome, String notes) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("notes", notes);
        return body;
    }

    private static String results(String cutoverId, String assignmentId) {
        return Api.assignments(cutoverId) + "/" + assignmentId + "/results";
    }

    private static JsonPath round(String cutoverId, String roundId, String user) {
        return as(user).get(Staging.rounds(cutoverId) + "/" + roundId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_round_is_planned_only_on_the_current_rehearsal_once_its_developer_review_is_done() {
        Staging.Prepared c = Staging.cutover();
        String id = c.cutoverId();
        Instant now = Instant.now();

        // No rehearsal yet.
        as(OPS_LEAD).body(Staging.round(UUID.randomUUID().toString(), c.from(), c.to())).post(Staging.rounds(id))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("no rehearsal of this cutover has succeeded yet"));

        String rehearsal = UUID.randomUUID().toString();
        Staging.succeeded(id, rehearsal, now.minus(Duration.ofHours(2)));
        as(OPS_LEAD).body(Staging.round(rehearsal, c.from(), c.to())).post(Staging.rounds(id))
                .then().statusCode(409).body("detail", containsString("developer review is not done"));
        Staging.reviewed(id, rehearsal, false);
        as(OPS_LEAD).body(Staging.round(rehearsal, c.from(), c.to())).post(Staging.rounds(id))
                .then().statusCode(409).body("detail", containsString("not ready for power users"));

        // Bad fields are a 422 naming them; a round ending after the downtime starts is not staging.
        Staging.reviewed(id, rehearsal, true);
        as(OPS_LEAD).body(Staging.round(rehearsal, c.to(), c.from())).post(Staging.rounds(id))
                .then().statusCode(422).body("errors.field", hasItem("to"));
        as(OPS_LEAD).body(Staging.round(rehearsal, c.from(), c.from().plus(Duration.ofDays(43)))).post(Staging.rounds(id))
                .then().statusCode(422).body("errors.field", hasItem("to"));
        as(OPS_LEAD).body(Staging.round(rehearsal, c.from(), c.weekend().downtimeStart().plusSeconds(60)))
                .post(Staging.rounds(id)).then().statusCode(422).body("errors.field", hasItem("to"));
        as(OPS_LEAD).body(Staging.round(null, c.from(), null)).post(Staging.rounds(id))
                .then().statusCode(422).body("errors.field", hasItem("rehearsalId")).body("errors.field", hasItem("to"));
        // Only the ops lead plans.
        as(DemoUsers.ON_CALL).body(Staging.round(rehearsal, c.from(), c.to())).post(Staging.rounds(id)).then().statusCode(403);
        assertThat(as(OPS_LEAD).get(Staging.rounds(id)).then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            String roundId = as(OPS_LEAD).body(Staging.round(rehearsal, c.from(), c.to())).post(Staging.rounds(id))
                    .then().statusCode(201)
                    .header("Location", containsString("/staging-rounds/"))
                    .body("rehearsalId", equalTo(rehearsal))
                    .body("rehearsalCurrent", equalTo(true))
                    .body("criticalFlowsPassed", equalTo(false))
                    .body("criticalFlows.outcome", everyItem(equalTo("NOT_RUN")))
                    .extract().path("id");
            StagingRoundChanged changed = CatalogEvents.await(testing, id, EventCatalog.STAGING_ROUND_CHANGED, 1).get(0);
            assertThat(changed.rehearsalId()).isEqualTo(rehearsal);
            assertThat(changed.roundId()).isEqualTo(roundId);
            assertThat(changed.criticalFlowsPassed()).isFalse();
            assertThat(changed.criticalFlows()).extracting(StagingRoundChanged.FlowOutcome::scenarioId)
                    .containsExactlyInAnyOrderElementsOf(CRITICAL);
            assertThat(changed.criticalFlows()).extracting(StagingRoundChanged.FlowOutcome::outcome).containsOnly("NOT_RUN");

            // Every scenario of the catalogue is assigned inside the testers' staging slots, within [from, to).
            JsonPath view = round(id, roundId, OPS_LEAD);
            assertThat(view.getList("assignments.scenarioId")).hasSize(9);
            assertThat(view.getList("unassigned")).isEmpty();
            assertThat(view.getList("assignments.start", String.class)).allMatch(s -> !Instant.parse(s).isBefore(c.from()));
            assertThat(view.getList("assignments.end", String.class)).allMatch(s -> !Instant.parse(s).isAfter(c.to()));
            assertThat(view.getList("assignments.testerUsername", String.class)).containsOnly(DemoUsers.TESTER, DemoUsers.OTHER_TESTER);

            // The catalogue's critical flows change: the current rehearsal is announced again with them.
            as(OPS_LEAD).body(Map.of("title", "Print the standard reports", "area", "REPORTING", "criticality", "CRITICAL",
                    "estimatedMinutes", 30)).put(Api.scenarios(id) + "/" + ScenarioCatalogue.DOCUMENTS).then().statusCode(200);
            StagingRoundChanged catalogue = CatalogEvents.await(testing, id, EventCatalog.STAGING_ROUND_CHANGED, 1).get(0);
            assertThat(catalogue.roundId()).isEqualTo(roundId);
            assertThat(catalogue.criticalFlows()).hasSize(6)
                    .anyMatch(f -> f.scenarioId().equals(ScenarioCatalogue.DOCUMENTS) && f.outcome().equals("NOT_RUN"));
            // An edit that leaves the critical flows as they were says nothing.
            as(OPS_LEAD).body(Map.of("title", "Dashboards and saved filters", "area", "REPORTING", "criticality", "NORMAL",
                    "estimatedMinutes", 45)).put(Api.scenarios(id) + "/" + ScenarioCatalogue.REPORTS).then().statusCode(200);
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.STAGING_ROUND_CHANGED), Duration.ofMillis(500));
        }
    }

    @Test
    void staging_results_count_for_their_rehearsal_only_and_never_for_the_weekend() {
        Staging.Prepared c = Staging.cutover();
        String id = c.cutoverId();
        String rehearsal = Staging.readyRehearsal(id, Instant.now().minus(Duration.ofHours(3)));
        String roundId = Staging.plan(c, rehearsal);
        JsonPath view = round(id, roundId, OPS_LEAD);
        String invoice = view.getString("assignments.find { it.scenarioId == '" + ScenarioCatalogue.INVOICE + "' }.id");
        String invoiceTester = view.getString("assignments.find { it.scenarioId == '" + ScenarioCatalogue.INVOICE + "' }.testerUsername");
        String quotation = view.getString("assignments.find { it.scenarioId == '" + ScenarioCatalogue.QUOTATION + "' }.id");
        String other = DemoUsers.TESTER.equals(invoiceTester) ? DemoUsers.OTHER_TESTER : DemoUsers.TESTER;

        // A tester reads only their own assignments of the round, and no unassigned list; a stakeholder nothing.
        JsonPath theirs = round(id, roundId, invoiceTester);
        assertThat(theirs.getList("assignments.testerUsername", String.class)).isNotEmpty().containsOnly(invoiceTester);
        assertThat(as(invoiceTester).get(Staging.rounds(id)).then().statusCode(200).extract().jsonPath()
                .getList("[0].assignments.testerUsername", String.class)).containsOnly(invoiceTester);
        as(STAKEHOLDER).get(Staging.rounds(id) + "/" + roundId).then().statusCode(403);
        as(OPS_LEAD).get(Staging.rounds(id) + "/" + UUID.randomUUID()).then().statusCode(404);

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING);
             RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT)) {
            // Only the assignment's tester (or the ops lead) records on it.
            as(other).body(result("PASSED", null)).post(results(id, invoice)).then().statusCode(403);

            // A critical failure on staging: recorded for the rehearsal, no go-live incident, no weekend coverage.
            as(invoiceTester).body(result("FAILED", "tax on the invoice is wrong on staging")).post(results(id, invoice))
                    .then().statusCode(201)
                    .body("round", equalTo("STAGING")).body("rehearsalId", equalTo(rehearsal))
                    .body("roundId", equalTo(roundId));
            ResultRecorded recorded = CatalogEvents.await(testing, id, EventCatalog.RESULT_RECORDED, 1).get(0);
            assertThat(recorded.round()).isEqualTo("STAGING");
            assertThat(recorded.rehearsalId()).isEqualTo(rehearsal);
            assertThat(recorded.critical()).isTrue();
            StagingRoundChanged failed = CatalogEvents.await(testing, id, EventCatalog.STAGING_ROUND_CHANGED, 1).get(0);
            assertThat(failed.roundId()).isEqualTo(roundId);
            assertThat(failed.criticalFlows()).filteredOn(f -> f.scenarioId().equals(ScenarioCatalogue.INVOICE))
                    .extracting(StagingRoundChanged.FlowOutcome::outcome).containsExactly("FAILED");
            incidents.awaitNone(CatalogEvents.of(id, EventCatalog.INCIDENT_DETECTED), Duration.ofMillis(500));
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.COVERAGE_CHANGED), Duration.ofMillis(500));
            as(OPS_LEAD).get(Api.base(id) + "/coverage").then().statusCode(200)
                    .body("areas.find { it.area == 'INVOICING' }.failed", equalTo(0));

            // Every critical flow passes on this rehearsal.
            for (String scenario : CRITICAL) {
                String assignment = view.getString("assignments.find { it.scenarioId == '" + scenario + "' }.id");
                as(OPS_LEAD).body(result("PASSED", "fine on staging")).post(results(id, assignment)).then().statusCode(201);
            }
            List<StagingRoundChanged> passes = CatalogEvents.await(testing, id, EventCatalog.STAGING_ROUND_CHANGED, CRITICAL.size());
            assertThat(passes.get(passes.size() - 1).criticalFlowsPassed()).isTrue();
            assertThat(round(id, roundId, OPS_LEAD).getBoolean("criticalFlowsPassed")).isTrue();
            as(OPS_LEAD).get(Api.base(id) + "/coverage").then().statusCode(200).body("signOffReady", equalTo(false))
                    .body("pendingCritical.size()", equalTo(5));

            // Staging is refreshed: the new rehearsal starts with every flow NOT_RUN and no round yet.
            String fresh = UUID.randomUUID().toString();
            Staging.succeeded(id, fresh, Instant.now().minus(Duration.ofMinutes(5)));
            StagingRoundChanged refreshed = CatalogEvents.await(testing, id, EventCatalog.STAGING_ROUND_CHANGED, 1).get(0);
            assertThat(refreshed.rehearsalId()).isEqualTo(fresh);
            assertThat(refreshed.roundId()).isEqualTo("none");
            assertThat(refreshed.criticalFlowsPassed()).isFalse();
            assertThat(refreshed.criticalFlows()).hasSize(5)
                    .extracting(StagingRoundChanged.FlowOutcome::outcome).containsOnly("NOT_RUN");

            // The old round's results no longer count: recording on it is refused, saying why.
            as(OPS_LEAD).body(result("PASSED", null)).post(results(id, quotation)).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("staging was refreshed"))
                    .body("detail", containsString("re-run on the new rehearsal"));
            round(id, roundId, OPS_LEAD);
            assertThat(round(id, roundId, OPS_LEAD).getBoolean("rehearsalCurrent")).isFalse();
            // Nor is a round planned on the old rehearsal, even reviewed; the new one needs its own review.
            as(OPS_LEAD).body(Staging.round(rehearsal, c.from(), c.to())).post(Staging.rounds(id)).then().statusCode(409)
                    .body("detail", containsString("no longer the current one"));
            as(OPS_LEAD).body(Staging.round(fresh, c.from(), c.to())).post(Staging.rounds(id)).then().statusCode(409)
                    .body("detail", containsString("developer review is not done"));

            // An older rehearsal completing late does not take staging back.
            Staging.succeeded(id, UUID.randomUUID().toString(), Instant.now().minus(Duration.ofDays(3)));
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.STAGING_ROUND_CHANGED), Duration.ofMillis(500));
        }
    }

    @Test
    void a_weekend_result_does_not_count_for_the_staging_round() {
        Staging.Prepared c = Staging.cutover();
        String id = c.cutoverId();
        String rehearsal = Staging.readyRehearsal(id, Instant.now().minus(Duration.ofHours(1)));
        String roundId = Staging.plan(c, rehearsal);
        as(OPS_LEAD).post(Api.assignments(id) + ":plan").then().statusCode(200);
        as(OPS_LEAD).post(Api.assignments(id) + ":publish").then().statusCode(200);
        String weekendInvoice = as(OPS_LEAD).get(Api.assignments(id)).then().statusCode(200).extract().jsonPath()
                .getString("assignments.find { it.scenarioId == '" + ScenarioCatalogue.INVOICE + "' }.id");

        as(OPS_LEAD).body(result("PASSED", null)).post(results(id, weekendInvoice)).then().statusCode(201)
                .body("round", equalTo("WEEKEND")).body("rehearsalId", equalTo(null));
        // What changed, noted on a staging result, reaches the training list with its round.
        String stagingQuotation = round(id, roundId, OPS_LEAD)
                .getString("assignments.find { it.scenarioId == '" + ScenarioCatalogue.QUOTATION + "' }.id");
        Map<String, Object> noted = result("PASSED", null);
        noted.put("changes", List.of(Map.of("kind", "MOVED_MENU", "description", "Quotations moved under Sales > Orders")));
        as(OPS_LEAD).body(noted).post(results(id, stagingQuotation)).then().statusCode(201)
                .body("round", equalTo("STAGING")).body("changes[0].kind", equalTo("MOVED_MENU"));
        as(OPS_LEAD).get(Api.base(id) + "/training").then().statusCode(200)
                .body("areas.find { it.area == 'SALES' }.changes[0].round", equalTo("STAGING"))
                .body("areas.find { it.area == 'SALES' }.changes[0].description", equalTo("Quotations moved under Sales > Orders"));
        JsonPath view = round(id, roundId, OPS_LEAD);
        assertThat(view.getString("criticalFlows.find { it.scenarioId == '" + ScenarioCatalogue.INVOICE + "' }.outcome"))
                .isEqualTo("NOT_RUN");
        assertThat(view.getString("assignments.find { it.scenarioId == '" + ScenarioCatalogue.INVOICE + "' }.latestOutcome"))
                .isNull();
        as(OPS_LEAD).get(Api.base(id) + "/coverage").then().statusCode(200)
                .body("areas.find { it.area == 'INVOICING' }.passed", equalTo(1));
    }

    @Test
    void staging_availability_is_checked_like_availability_and_ends_before_the_downtime() {
        Staging.Prepared c = Staging.cutover();
        String id = c.cutoverId();
        Map<String, Object> tina = dev.golive.testing.support.Fixtures.tester("Tina Tester", "tina", "Europe/London",
                List.of("SALES"), c.from(), c.to(), 4);
        tina.put("stagingAvailability", List.of(Staging.slot(c.to(), c.from()),
                Staging.slot(c.weekend().downtimeStart().minusSeconds(3600), c.weekend().downtimeStart().plusSeconds(60))));
        as(OPS_LEAD).body(tina).post(Api.testers(id)).then().statusCode(422)
                .body("errors.field", hasItem("stagingAvailability[0].end"))
                .body("errors.field", hasItem("stagingAvailability[1].end"));
        tina.put("stagingAvailability", List.of(Staging.slot(c.from(), c.to())));
        String tinaId = as(OPS_LEAD).body(tina).post(Api.testers(id)).then().statusCode(201)
                .body("stagingAvailability[0].start", equalTo(c.from().toString()))
                .extract().path("id");
        tina.remove("stagingAvailability");
        as(OPS_LEAD).body(tina).put(Api.testers(id) + "/" + tinaId).then().statusCode(200)
                .body("stagingAvailability.size()", equalTo(0));
    }
}
