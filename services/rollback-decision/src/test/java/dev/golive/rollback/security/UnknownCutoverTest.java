package dev.golive.rollback.security;

import dev.golive.contracts.Topics;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Db;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static dev.golive.rollback.support.Api.as;
import static dev.golive.testkit.DemoUsers.ADMIN;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static dev.golive.testkit.DemoUsers.TESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Writes for a cutover cutover-planner never announced: refused before anything is stored or
 * announced (before the gate, reporting an incident or patching one for a made-up id left a cutover
 * row behind). With membership on (ADR 17) nobody but an admin takes part in a cutover that does not
 * exist, so a writer is refused with 403 {@code not-a-member}, after the role check; an id that is
 * not one at all stays a 404 {@code unknown-cutover}.
 */
@QuarkusTest
class UnknownCutoverTest {

    private static final String UNKNOWN_CUTOVER = "https://golive.dev/problems/unknown-cutover";
    private static final String NOT_A_MEMBER = "https://golive.dev/problems/not-a-member";

    private static Map<String, Object> decision() {
        return Map.of("decision", "ROLL_BACK", "rationale", "orders cannot be confirmed and no fix is in sight");
    }

    @Test
    void a_write_for_a_cutover_cutover_planner_never_announced_is_refused_and_writes_nothing() {
        String unknown = UUID.randomUUID().toString();
        String incident = Api.incidents(unknown) + "/" + UUID.randomUUID();
        try (RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT);
             RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            as(ON_CALL).body(Api.incident("Invoices post to the wrong journal", "CRITICAL", false))
                    .post(Api.incidents(unknown)).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo(NOT_A_MEMBER))
                    .body("detail", startsWith("you take no part in cutover " + unknown));
            as(ON_CALL).body(Map.of("severity", "LOW")).patch(incident).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo(NOT_A_MEMBER));
            as(OPS_LEAD).body(Map.of("resolution", "journal mapping fixed")).post(incident + "/resolve").then()
                    .statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(OPS_LEAD).body(decision()).post(Api.decisions(unknown)).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo(NOT_A_MEMBER));
            as(ON_CALL).body(Api.incident("Invoices post to the wrong journal", "CRITICAL", false))
                    .post(Api.incidents("not-a-cutover-id")).then().statusCode(404)
                    .body("type", equalTo(UNKNOWN_CUTOVER));
            // The role check comes first: a reader learns nothing about which cutovers exist.
            as(TESTER).body(Api.incident("Cannot print picking lists", "HIGH", true)).post(Api.incidents(unknown))
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://golive.dev/problems/forbidden"));
            as(STAKEHOLDER).body(Map.of("severity", "LOW")).patch(incident).then().statusCode(403);
            as(ON_CALL).body(decision()).post(Api.decisions(unknown)).then().statusCode(403);

            // Nothing was written: no cutover row, no incident, no verdict, no decision, no event.
            assertThat(Db.projection(unknown)).isEmpty();
            assertThat(Db.incidents(unknown)).isZero();
            assertThat(Db.assessments(unknown)).isZero();
            assertThat(Db.decisions(unknown)).isZero();
            as(ADMIN).get(Api.incidents(unknown)).then().statusCode(200).body("size()", equalTo(0));
            as(ADMIN).get(Api.audit(unknown)).then().statusCode(200).body("entries.size()", equalTo(0));
            as(ADMIN).get(Api.assessment(unknown)).then().statusCode(404);
            as(TESTER).get(Api.assessment(unknown)).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            incidents.awaitNone(r -> unknown.equals(r.key()), Duration.ofMillis(500));
            rollback.awaitNone(r -> unknown.equals(r.key()), Duration.ofMillis(500));
        }

        // Once cutover-planner announces it (the demo team its members), the same writes are accepted; a
        // decision then meets the service's own rule (no window is known yet), not the gate.
        KnownCutovers.announce(Api.bootstrap(), unknown, id -> Db.projection(id).isPresent());
        as(ON_CALL).body(Api.incident("Invoices post to the wrong journal", "CRITICAL", false))
                .post(Api.incidents(unknown)).then().statusCode(201).body("status", equalTo("OPEN"));
        as(OPS_LEAD).body(decision()).post(Api.decisions(unknown)).then().statusCode(409)
                .contentType("application/problem+json").body("reasons", contains("NO_WINDOW"));
        assertThat(Db.incidents(unknown)).isEqualTo(1);
        assertThat(Db.decisions(unknown)).isZero();
    }
}
