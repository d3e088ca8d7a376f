package dev.golive.rollback.access;

import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Db;
import dev.golive.testkit.AccessMatrix;
import dev.golive.testkit.DemoMachines;
import dev.golive.testkit.Tokens;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.golive.rollback.support.Api.as;
import static dev.golive.testkit.DemoUsers.ADMIN;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who reaches what (issue 17): every operation of the OpenAPI document against the README's
 * "Access" table, and a member who leaves a cutover losing it at once.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String NOT_A_MEMBER = "https://golive.dev/problems/not-a-member";

    @Test
    void every_operation_answers_as_the_readme_access_table_says() {
        String member = Api.knownCutover();
        String nonMember = KnownCutovers.announceWithoutTheTeam(Api.bootstrap(), id -> Db.projection(id).isPresent());

        AccessMatrix matrix = AccessMatrix.check(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port), "rollback-decision", member, nonMember);
        assertThat(matrix.operationCount()).isEqualTo(8);
    }

    @Test
    void a_member_who_leaves_the_cutover_reads_and_writes_nothing_more_of_it() {
        String id = Api.knownCutover();
        String incident = as(ON_CALL).body(Api.incident("Invoices post to the wrong journal", "HIGH", true))
                .post(Api.incidents(id)).then().statusCode(201).extract().path("id");
        as(ON_CALL).get(Api.incidents(id)).then().statusCode(200).body("id", contains(incident));

        List<CutoverMember> withoutOscar = DemoUsers.team().stream().filter(m -> !m.member().equals(ON_CALL)).toList();
        Api.setMembers(id, withoutOscar);

        try (RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT);
             RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            as(ON_CALL).body(Api.incident("Stock is counted twice", "CRITICAL", false)).post(Api.incidents(id)).then()
                    .statusCode(403).contentType("application/problem+json").body("type", equalTo(NOT_A_MEMBER));
            as(ON_CALL).body(Map.of("severity", "CRITICAL")).patch(Api.incidents(id) + "/" + incident).then()
                    .statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(ON_CALL).body(Map.of("resolution", "journal mapping fixed")).post(Api.incidents(id) + "/" + incident
                    + "/resolve").then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(ON_CALL).get(Api.incidents(id)).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(ON_CALL).get(Api.incidents(id) + "/" + incident).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(ON_CALL).get(Api.assessment(id)).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(ON_CALL).get(Api.audit(id)).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));

            // Nothing was written or announced: the one incident is as it was.
            assertThat(Db.incidents(id)).isEqualTo(1);
            incidents.awaitNone(r -> id.equals(r.key()), Duration.ofMillis(500));
            rollback.awaitNone(r -> id.equals(r.key()), Duration.ofMillis(500));
        }
        // Those still in it, and the admins, read on.
        for (String user : new String[] {OPS_LEAD, ADMIN}) {
            as(user).get(Api.incidents(id) + "/" + incident).then().statusCode(200)
                    .body("severity", equalTo("HIGH")).body("status", equalTo("OPEN"));
        }
        // Another cutover Oscar still takes part in is untouched.
        as(ON_CALL).get(Api.incidents(Api.knownCutover())).then().statusCode(200);
    }

    @Test
    void a_monitoring_system_reports_incidents_of_the_cutovers_it_takes_part_in_with_its_own_service_account() {
        String monitored = Api.knownCutover(); // the demo team, the monitoring machine among them
        String other = KnownCutovers.announceWithoutTheTeam(Api.bootstrap(), cutover -> Db.projection(cutover).isPresent());
        String machine = Tokens.machineToken(DemoMachines.MONITORING);

        RestAssured.given().auth().oauth2(machine).contentType("application/json")
                .body(Api.incident("Invoice posting fails above 5 %", "HIGH", true)).post(Api.incidents(monitored))
                .then().statusCode(201).body("reportedBy", equalTo(DemoMachines.serviceAccount(DemoMachines.MONITORING)));
        RestAssured.given().auth().oauth2(machine).contentType("application/json")
                .body(Api.incident("Invoice posting fails above 5 %", "HIGH", true)).post(Api.incidents(other))
                .then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
        // It reports; it does not read incident internals, decide or resolve.
        RestAssured.given().auth().oauth2(machine).get(Api.incidents(monitored)).then().statusCode(403);
        // The CI pipeline's token is not meant for this service at all.
        RestAssured.given().auth().oauth2(Tokens.machineToken(DemoMachines.CI)).contentType("application/json")
                .body(Api.incident("Invoice posting fails above 5 %", "HIGH", true)).post(Api.incidents(monitored))
                .then().statusCode(401);
        assertThat(Db.incidents(other)).isZero();
    }
}
