package dev.golive.testing.plan;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.testing.domain.ScenarioCatalogue;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Cutovers;
import dev.golive.testing.support.Fixtures;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.TESTER;
import static dev.golive.testing.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The ops lead plans, publishes and moves assignments; the hard constraints hold. */
@QuarkusTest
class PlanApiTest {

    private static final ZoneId LONDON = ZoneId.of(Cutovers.ZONE);

    @Test
    void the_ops_lead_plans_a_draft_publishes_it_once_and_testers_read_their_own_part() {
        Cutovers.Weekend weekend = Cutovers.Weekend.inWeeks(4);
        String id = Fixtures.withWindow(weekend);
        as(OPS_LEAD).post(Api.assignments(id) + ":publish").then().statusCode(409)
                .body("reasons", contains("NO_PLAN"));
        Fixtures.catalogue(id);
        List<String> testers = Fixtures.testers(id, weekend);

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            String planId = as(OPS_LEAD).post(Api.assignments(id) + ":plan").then().statusCode(200)
                    .body("status", equalTo("DRAFT"))
                    .body("plannedBy", equalTo(OPS_LEAD))
                    .body("assignments", hasSize(9))
                    .extract().path("planId");
            as(OPS_LEAD).post(Api.assignments(id) + ":publish").then().statusCode(200)
                    .body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo(OPS_LEAD));
            PlanPublished published = CatalogEvents.await(testing, id, EventCatalog.PLAN_PUBLISHED, 1).get(0);
            assertThat(published.planId()).isEqualTo(planId);
            assertThat(published.assignments()).hasSize(9);
            assertThat(published.unassigned()).isEmpty();
            assertThat(published.assignments()).filteredOn(PlanPublished.Assignment::critical)
                    .extracting(PlanPublished.Assignment::scenarioId)
                    .containsExactlyInAnyOrder(ScenarioCatalogue.QUOTATION, ScenarioCatalogue.DELIVERY_RECEIPT,
                            ScenarioCatalogue.INVOICE, ScenarioCatalogue.PURCHASE_FLOW, ScenarioCatalogue.DAILY_TASKS);

            as(OPS_LEAD).post(Api.assignments(id) + ":publish").then().statusCode(409)
                    .contentType("application/problem+json").body("reasons", contains("ALREADY_PUBLISHED"));
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.PLAN_PUBLISHED), Duration.ofMillis(500));
        }

        as(TESTER).queryParam("tester", TESTER).get(Api.assignments(id)).then().statusCode(200)
                .body("assignments.testerUsername", everyItem(equalTo(TESTER)))
                .body("assignments.localStart", everyItem(startsWith(
                        weekend.downtimeStart().atZone(LONDON).toLocalDate().plusDays(1).toString())));
        // A tester reads their own part only: tess naming theo is refused, theo reads his.
        as(TESTER).queryParam("tester", testers.get(1)).get(Api.assignments(id)).then().statusCode(403)
                .contentType("application/problem+json");
        as(DemoUsers.OTHER_TESTER).queryParam("tester", testers.get(1)).get(Api.assignments(id)).then().statusCode(200)
                .body("assignments.testerUsername", everyItem(equalTo(DemoUsers.OTHER_TESTER)))
                // theo's wall clock is Paris: an hour ahead of London
                .body("assignments.testerZone", everyItem(equalTo("Europe/Paris")));
        as(TESTER).queryParam("tester", "nobody").get(Api.assignments(id)).then().statusCode(422)
                .body("errors.field", contains("tester"));
    }

    @Test
    void planning_needs_the_testing_window() {
        String id = Api.knownCutover();
        Fixtures.catalogue(id);
        as(OPS_LEAD).post(Api.assignments(id) + ":plan").then().statusCode(409)
                .contentType("application/problem+json").body("reasons", contains("NO_WINDOW"));
        as(TESTER).get(Api.assignments(id)).then().statusCode(200).body("status", equalTo("NONE"));
    }

    @Test
    void an_override_that_keeps_the_hard_constraints_is_applied_and_announced_one_that_breaks_them_is_refused() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        JsonPath plan = planned.plan();
        List<Map<String, Object>> theirs = plan.getList("assignments.findAll { it.testerUsername == 'theo' && !it.critical }");
        assertThat(theirs).isNotEmpty();
        Map<String, Object> moving = theirs.get(0);
        String assignmentId = (String) moving.get("id");
        LocalDate saturday = planned.weekend().downtimeStart().atZone(LONDON).toLocalDate().plusDays(1);
        Instant evening = Fixtures.at(saturday, 19);

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            // Outside tess's availability (she starts at 08:00), after the window, or the wrong length: 409.
            as(OPS_LEAD).body(Map.of("testerId", planned.tessId(), "start", Fixtures.at(saturday, 7).toString()))
                    .put(Api.assignments(id) + "/" + assignmentId).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("reasons", hasItem(startsWith("start: is not inside one of")));
            as(OPS_LEAD).body(Map.of("start", planned.weekend().testingEnd().minus(Duration.ofMinutes(5)).toString()))
                    .put(Api.assignments(id) + "/" + assignmentId).then().statusCode(409)
                    .body("reasons", hasItem(startsWith("end: is after the testing window closes")));
            as(OPS_LEAD).body(Map.of("testerId", planned.tessId(), "start", evening.toString(),
                            "end", evening.plus(Duration.ofMinutes(1)).toString()))
                    .put(Api.assignments(id) + "/" + assignmentId).then().statusCode(409)
                    .body("reasons", hasItem(startsWith("end: must be")));
            // Unreadable as a change: 422 naming the field.
            as(OPS_LEAD).body(Map.of("testerId", UUID.randomUUID().toString()))
                    .put(Api.assignments(id) + "/" + assignmentId).then().statusCode(422)
                    .body("errors.field", contains("testerId"));
            as(OPS_LEAD).body(Map.of("start", evening.toString(), "end", evening.minusSeconds(60).toString()))
                    .put(Api.assignments(id) + "/" + assignmentId).then().statusCode(422)
                    .body("errors.field", contains("end"));
            as(TESTER).body(Map.of("testerId", planned.tessId())).put(Api.assignments(id) + "/" + assignmentId).then()
                    .statusCode(403);

            as(OPS_LEAD).body(Map.of("testerId", planned.tessId(), "start", evening.toString(),
                            "reason", "theo is needed elsewhere on Sunday"))
                    .put(Api.assignments(id) + "/" + assignmentId).then().statusCode(200)
                    .body("testerUsername", equalTo(TESTER))
                    .body("start", equalTo(evening.toString()))
                    .body("updatedBy", equalTo(OPS_LEAD));
            AssignmentChanged changed = CatalogEvents.await(testing, id, EventCatalog.ASSIGNMENT_CHANGED, 1).get(0);
            assertThat(changed.assignmentId()).isEqualTo(assignmentId);
            assertThat(changed.testerUsername()).isEqualTo(TESTER);
            assertThat(changed.start()).isEqualTo(evening);
            assertThat(changed.reason()).isEqualTo("theo is needed elsewhere on Sunday");
            assertThat(changed.changedBy()).isEqualTo(OPS_LEAD);
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.ASSIGNMENT_CHANGED), Duration.ofMillis(500));
        }
        as(TESTER).get(Api.assignments(id) + "/" + assignmentId).then().statusCode(200)
                .body("testerUsername", equalTo(TESTER)).body("start", equalTo(evening.toString()));
    }

    @Test
    void a_dependent_scenario_cannot_be_moved_before_its_prerequisite_ends() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        JsonPath plan = planned.plan();
        String quotationStart = plan.getString("assignments.find { it.scenarioId == '" + ScenarioCatalogue.QUOTATION + "' }.start");
        String delivery = planned.assignmentOf(ScenarioCatalogue.DELIVERY_RECEIPT);
        String deliveryTester = plan.getString("assignments.find { it.scenarioId == '" + ScenarioCatalogue.DELIVERY_RECEIPT + "' }.testerId");
        // Even with the tester free and available then, the delivery cannot start with the quotation.
        as(OPS_LEAD).body(Map.of("testerId", deliveryTester, "start", quotationStart))
                .put(Api.assignments(id) + "/" + delivery).then().statusCode(409)
                .body("reasons", hasItem(startsWith("start: is before its prerequisite " + ScenarioCatalogue.QUOTATION)));
    }
}
