package dev.golive.testing.plan;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.testing.cutover.CutoverProjector;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Cutovers;
import dev.golive.testing.support.Db;
import dev.golive.testing.support.Fixtures;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testing.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

/** Planning started by the window: a draft when it is scheduled, a re-published plan when a published one moves. */
@QuarkusTest
class WindowPlanningTest {

    /** The whole plan, as the ops lead reads it (a tester reads only their own assignments). */
    private static JsonPath plan(String cutoverId) {
        return as(OPS_LEAD).get(Api.assignments(cutoverId)).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_scheduled_window_with_scenarios_and_testers_in_place_creates_a_draft_plan_inside_the_testing_window() {
        String id = Api.knownCutover();
        Cutovers.Weekend weekend = Cutovers.Weekend.inWeeks(2);
        Fixtures.catalogue(id);
        Fixtures.testers(id, weekend);
        assertThat(plan(id).getString("status")).isEqualTo("NONE");

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, weekend));
            await().atMost(CatalogEvents.WAIT).until(() -> "DRAFT".equals(plan(id).getString("status")));

            JsonPath plan = plan(id);
            assertThat(plan.getString("plannedBy")).isEqualTo(WindowPlanning.BY);
            assertThat(plan.getInt("windowRevision")).isEqualTo(1);
            assertThat(Instant.parse(plan.getString("testingStart"))).isEqualTo(weekend.testingStart());
            assertThat(Instant.parse(plan.getString("testingEnd"))).isEqualTo(weekend.testingEnd());
            List<Map<String, Object>> assignments = plan.getList("assignments");
            assertThat(assignments).hasSize(9);
            assertThat(plan.getList("unassigned")).isEmpty();
            assertThat(assignments).allSatisfy(a -> {
                assertThat(Instant.parse((String) a.get("start"))).isAfterOrEqualTo(weekend.testingStart());
                assertThat(Instant.parse((String) a.get("end"))).isBeforeOrEqualTo(weekend.testingEnd());
            });
            // every assignment goes to one of the two testers, and both have work
            assertThat(assignments).extracting(a -> (String) a.get("testerUsername"))
                    .containsOnly(DemoUsers.TESTER, DemoUsers.OTHER_TESTER);
            // A draft is not announced.
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.PLAN_PUBLISHED), Duration.ofMillis(500));
        }
    }

    @Test
    void a_moved_window_re_plans_and_re_publishes_a_published_plan_announcing_the_moved_assignments() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        Cutovers.Weekend weekend = planned.weekend();
        List<Map<String, Object>> before = planned.plan().getList("assignments");
        // Tess starts at 08:00 on Saturday: a technical review that runs until 11:00 moves her morning.
        Instant reviewEnd = weekend.testingStart().plus(Duration.ofHours(10));
        assertThat(before).anyMatch(a -> Instant.parse((String) a.get("start")).isBefore(reviewEnd));
        Cutovers.Weekend later = new Cutovers.Weekend(weekend.downtimeStart(), weekend.systemBack(), reviewEnd,
                weekend.testingEnd(), weekend.businessResume());

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            CatalogEvents.publish(Api.bootstrap(), Cutovers.rescheduled(id, 2, later, weekend));
            PlanPublished republished = CatalogEvents.await(testing, id, EventCatalog.PLAN_PUBLISHED, 1).get(0);
            assertThat(republished.publishedBy()).isEqualTo(WindowPlanning.BY);
            assertThat(republished.assignments()).hasSize(9)
                    .allSatisfy(a -> assertThat(a.start()).isAfterOrEqualTo(reviewEnd));

            long moved = before.stream().filter(a -> republished.assignments().stream().noneMatch(n ->
                    n.assignmentId().equals(a.get("id")) && n.start().equals(Instant.parse((String) a.get("start")))
                            && n.testerId().equals(a.get("testerId")))).count();
            assertThat(moved).isPositive();
            List<AssignmentChanged> changes = CatalogEvents.await(testing, id, EventCatalog.ASSIGNMENT_CHANGED, (int) moved);
            assertThat(changes).allSatisfy(c -> {
                assertThat(c.reason()).contains("revision 2");
                assertThat(c.start()).isAfterOrEqualTo(reviewEnd);
            });
            // Assignment ids stay with their scenarios.
            assertThat(republished.assignments()).extracting(PlanPublished.Assignment::assignmentId)
                    .containsExactlyInAnyOrderElementsOf(before.stream().map(a -> (String) a.get("id")).toList());
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.ASSIGNMENT_CHANGED), Duration.ofMillis(500));
        }
        JsonPath after = planned.plan();
        assertThat(after.getString("status")).isEqualTo("PUBLISHED");
        assertThat(after.getInt("windowRevision")).isEqualTo(2);
    }

    @Test
    void an_older_window_revision_and_a_window_after_cancellation_change_nothing() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        Cutovers.Weekend weekend = planned.weekend();
        String planId = planned.plan().getString("planId");

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            Cutovers.Weekend other = Cutovers.Weekend.inWeeks(5);
            CatalogEvents.publish(Api.bootstrap(), Cutovers.rescheduled(id, 1, other, weekend));
            CatalogEvents.publish(Api.bootstrap(), Cutovers.cancelled(id));
            await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(id)
                    .map(p -> p.cancelledAt != null).orElse(false));
            String afterCancel = CatalogEvents.publish(Api.bootstrap(), Cutovers.rescheduled(id, 3, other, weekend));
            await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(CutoverProjector.CONSUMER, afterCancel) == 1);
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.PLAN_PUBLISHED), Duration.ofMillis(500));
        }
        assertThat(planned.plan().getString("planId")).isEqualTo(planId);
        assertThat(Db.projection(id).orElseThrow().windowRevision).isEqualTo(1);
        as(OPS_LEAD).post(Api.assignments(id) + ":plan").then().statusCode(409)
                .contentType("application/problem+json").body("reasons", contains("CUTOVER_CANCELLED"));
    }
}
