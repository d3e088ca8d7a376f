package dev.golive.testing.access;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.testing.domain.ScenarioCatalogue;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Db;
import dev.golive.testing.support.Fixtures;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testing.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** Who reaches a cutover is who takes part in it, and a tester reads their own work only. */
@QuarkusTest
class MembershipTest {

    private static final String NOT_A_MEMBER = "https://golive.dev/problems/not-a-member";

    private static String results(String cutoverId, String assignmentId) {
        return Api.assignments(cutoverId) + "/" + assignmentId + "/results";
    }

    private static String other(String tester) {
        return DemoUsers.TESTER.equals(tester) ? DemoUsers.OTHER_TESTER : DemoUsers.TESTER;
    }

    @Test
    void a_tester_taken_off_the_cutover_neither_reads_nor_records_any_more_and_nothing_is_written() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        String quotation = planned.assignmentOf(ScenarioCatalogue.QUOTATION);
        String owner = planned.testerOf(ScenarioCatalogue.QUOTATION);

        // A member in the tester role records on their own assignment and reads it back.
        as(owner).body(Map.of("outcome", "PASSED")).post(results(id, quotation)).then().statusCode(201);
        as(owner).get(results(id, quotation)).then().statusCode(200).body("recordedBy", contains(owner));
        as(owner).get(Api.assignments(id)).then().statusCode(200)
                .body("assignments.testerUsername", everyItem(equalTo(owner)));

        List<CutoverMember> without = DemoUsers.team().stream().filter(m -> !m.member().equals(owner)).toList();
        Fixtures.members(id, without);

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            as(owner).body(Map.of("outcome", "FAILED", "notes", "after all"))
                    .post(results(id, quotation)).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo(NOT_A_MEMBER));
            as(owner).get(results(id, quotation)).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(owner).get(Api.assignments(id)).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(owner).get(Api.assignments(id) + "/" + quotation).then().statusCode(403)
                    .body("type", equalTo(NOT_A_MEMBER));
            as(owner).get(Api.base(id) + "/coverage").then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.RESULT_RECORDED), Duration.ofMillis(500));
        }
        assertThat(Db.results(id)).isEqualTo(1);
        // The others still take part: the ops lead reads the one result, the other tester their plan.
        as(OPS_LEAD).get(results(id, quotation)).then().statusCode(200)
                .body("recordedBy", contains(owner)).body("outcome", contains("PASSED"));
        as(other(owner)).get(Api.assignments(id)).then().statusCode(200);
    }

    @Test
    void a_tester_reads_their_own_assignments_results_and_calendar_and_on_call_reads_everyones() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        JsonPath plan = planned.plan();
        List<String> tessAssignments = plan.getList("assignments.findAll { it.testerUsername == 'tess' }.id");
        List<String> theoAssignments = plan.getList("assignments.findAll { it.testerUsername == 'theo' }.id");
        assertThat(tessAssignments).isNotEmpty();
        assertThat(theoAssignments).isNotEmpty();
        String theirs = theoAssignments.get(0);

        // Tess: her own assignments only, nothing of theo's.
        List<String> tessSees = as(DemoUsers.TESTER).get(Api.assignments(id)).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .extract().jsonPath().getList("assignments.id");
        assertThat(tessSees).containsExactlyInAnyOrderElementsOf(tessAssignments);
        as(DemoUsers.TESTER).queryParam("tester", DemoUsers.OTHER_TESTER).get(Api.assignments(id)).then()
                .statusCode(403).contentType("application/problem+json");
        as(DemoUsers.TESTER).get(Api.assignments(id) + "/" + theirs).then().statusCode(403);
        as(DemoUsers.TESTER).get(results(id, theirs)).then().statusCode(403);
        as(DemoUsers.TESTER).get(Api.testers(id) + "/" + planned.theoId() + "/calendar.ics").then().statusCode(403);
        as(DemoUsers.TESTER).get(Api.testers(id) + "/" + planned.tessId() + "/calendar.ics").then().statusCode(200);
        // Testers carry contact details, the roster names the on-call staff: not for testers.
        as(DemoUsers.TESTER).get(Api.testers(id)).then().statusCode(403);
        as(DemoUsers.TESTER).get(Api.roster(id)).then().statusCode(403);

        // On call reads every assignment, result and tester, contact details included.
        as(DemoUsers.ON_CALL).get(Api.assignments(id)).then().statusCode(200)
                .body("assignments", hasSize(tessAssignments.size() + theoAssignments.size()));
        as(DemoUsers.ON_CALL).get(Api.assignments(id) + "/" + theirs).then().statusCode(200)
                .body("testerUsername", equalTo(DemoUsers.OTHER_TESTER));
        as(DemoUsers.ON_CALL).get(results(id, theirs)).then().statusCode(200).body("$", hasSize(0));
        as(DemoUsers.ON_CALL).get(Api.testers(id)).then().statusCode(200)
                .body("contact", contains(DemoUsers.TESTER + "@golive.example", DemoUsers.OTHER_TESTER + "@golive.example"));

        // The stakeholder reads the coverage, not who tests what.
        as(DemoUsers.STAKEHOLDER).get(Api.base(id) + "/coverage").then().statusCode(200);
        as(DemoUsers.STAKEHOLDER).get(Api.assignments(id)).then().statusCode(403);
        as(DemoUsers.STAKEHOLDER).get(Api.scenarios(id)).then().statusCode(403);
        as(DemoUsers.STAKEHOLDER).get(Api.testers(id)).then().statusCode(403);
        as(DemoUsers.STAKEHOLDER).get(Api.roster(id)).then().statusCode(403);
    }
}
