package dev.golive.rollback.decision;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.rollback.pnr.PointOfNoReturnSchedule;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Cutovers;
import dev.golive.rollback.support.Db;
import dev.golive.rollback.support.TestClock;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static dev.golive.testkit.DemoUsers.TESTER;
import static dev.golive.rollback.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The ops lead's decision: who may take it, the point of no return, the event and the audit trail. */
@QuarkusTest
class RollbackDecisionTest {

    @Inject
    TestClock clock;

    @Inject
    PointOfNoReturnSchedule pointOfNoReturn;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String cutoverWithWindow(Instant pointOfNoReturn) {
        String id = UUID.randomUUID().toString();
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, pointOfNoReturn));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.assessments(id) == 1);
        Api.teamTakesPart(id);
        return id;
    }

    private static Map<String, Object> decision(String decision, Boolean acknowledge) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("decision", decision);
        body.put("rationale", "orders cannot be confirmed and no fix is in sight");
        if (acknowledge != null) {
            body.put("acknowledgePastPointOfNoReturn", acknowledge);
        }
        return body;
    }

    @Test
    void only_the_ops_lead_decides_and_the_decision_is_announced_and_audited() {
        String id = cutoverWithWindow(Cutovers.inDays(2));
        try (RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            for (String user : new String[] {ON_CALL, TESTER, STAKEHOLDER}) {
                as(user).body(decision("ROLL_BACK", null)).post(Api.decisions(id)).then().statusCode(403)
                        .contentType("application/problem+json");
            }
            assertThat(Db.decisions(id)).isZero();

            String decisionId = as(OPS_LEAD).body(decision("PROCEED", null)).post(Api.decisions(id)).then()
                    .statusCode(201)
                    .body("decision", equalTo("PROCEED"))
                    .body("decidedBy", equalTo(OPS_LEAD))
                    .body("afterPointOfNoReturn", equalTo(false))
                    .body("basedOnRecommendation", equalTo("FIX_FORWARD"))
                    .extract().path("id");

            RollbackDecided decided = CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_DECIDED, 1).get(0);
            assertThat(decided.decisionId()).isEqualTo(decisionId);
            assertThat(decided.decision()).isEqualTo("PROCEED");
            assertThat(decided.rationale()).isEqualTo("orders cannot be confirmed and no fix is in sight");
            assertThat(decided.decidedBy()).isEqualTo(OPS_LEAD);
            assertThat(decided.basedOnAssessmentId()).isNotNull();
            assertThat(decided.afterPointOfNoReturn()).isFalse();
            rollback.awaitNone(CatalogEvents.of(id, EventCatalog.ROLLBACK_DECIDED), Duration.ofSeconds(1));
        }

        // The trail is for the people running the cutover: testers and stakeholders read the assessment instead.
        for (String user : new String[] {TESTER, STAKEHOLDER}) {
            as(user).get(Api.audit(id)).then().statusCode(403).contentType("application/problem+json");
        }
        as(ON_CALL).get(Api.audit(id)).then().statusCode(200)
                .body("entries.kind", contains("ASSESSMENT", "DECISION"))
                .body("entries[0].by", equalTo("rollback-decision"))
                .body("entries[0].recommendation", equalTo("FIX_FORWARD"))
                .body("entries[0].why", equalTo("window revision 1"))
                .body("entries[1].by", equalTo(OPS_LEAD))
                .body("entries[1].why", equalTo("orders cannot be confirmed and no fix is in sight"))
                .body("entries[1].basedOnAssessmentId", equalTo(Api.as(OPS_LEAD).get(Api.audit(id)).then()
                        .extract().path("entries[0].id")));
    }

    @Test
    void a_rollback_decided_before_the_point_of_no_return_leaves_no_warning_of_it_to_fire() {
        String id = cutoverWithWindow(Cutovers.inDays(2));
        assertThat(pointOfNoReturn.scheduled(UUID.fromString(id))).isNotEmpty();

        as(OPS_LEAD).body(decision("ROLL_BACK", null)).post(Api.decisions(id)).then().statusCode(201);

        assertThat(pointOfNoReturn.scheduled(UUID.fromString(id))).isEmpty();
    }

    @Test
    void after_the_point_of_no_return_a_rollback_needs_the_acknowledgement_and_without_it_nothing_is_stored() {
        Instant pnr = Cutovers.inDays(2);
        String id = cutoverWithWindow(pnr);
        clock.set(pnr.plus(Duration.ofHours(1)));
        try (RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            as(OPS_LEAD).body(decision("ROLL_BACK", null)).post(Api.decisions(id)).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("acknowledgePastPointOfNoReturn"));
            as(OPS_LEAD).body(decision("ROLL_BACK", false)).post(Api.decisions(id)).then().statusCode(422)
                    .body("errors.field", contains("acknowledgePastPointOfNoReturn"));
            assertThat(Db.decisions(id)).isZero();
            assertThat(Db.assessments(id)).isEqualTo(1);
            rollback.awaitNone(CatalogEvents.of(id, EventCatalog.ROLLBACK_DECIDED), Duration.ofSeconds(1));

            as(OPS_LEAD).body(decision("ROLL_BACK", true)).post(Api.decisions(id)).then().statusCode(201)
                    .body("decision", equalTo("ROLL_BACK"))
                    .body("afterPointOfNoReturn", equalTo(true));
            RollbackDecided decided = CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_DECIDED, 1).get(0);
            assertThat(decided.afterPointOfNoReturn()).isTrue();
            assertThat(decided.decidedAt()).isEqualTo(pnr.plus(Duration.ofHours(1)));
        }
        // The decision rests on the verdict of its moment: past the point, that is a new one.
        as(OPS_LEAD).get(Api.audit(id)).then().statusCode(200)
                .body("entries.kind", contains("ASSESSMENT", "ASSESSMENT", "DECISION"))
                .body("entries[1].reasons.policy", hasItem("PAST_POINT_OF_NO_RETURN"))
                .body("entries[2].afterPointOfNoReturn", equalTo(true));
        // Proceeding needs no acknowledgement.
        as(OPS_LEAD).body(decision("PROCEED", null)).post(Api.decisions(id)).then().statusCode(201)
                .body("afterPointOfNoReturn", equalTo(false));
    }

    @Test
    void a_decision_is_validated_and_needs_a_known_window() {
        String id = cutoverWithWindow(Cutovers.inDays(2));
        as(OPS_LEAD).body(Map.of("decision", "MAYBE", "rationale", "short")).post(Api.decisions(id)).then()
                .statusCode(422)
                .body("errors.field", contains("decision", "rationale"));
        as(OPS_LEAD).body(Map.of("decision", "PROCEED", "rationale", "long enough", "why", "typo"))
                .post(Api.decisions(id)).then().statusCode(400);
        // Nobody takes part in a cutover that does not exist: refused before anything is looked up.
        as(OPS_LEAD).body(decision("PROCEED", null)).post(Api.decisions(UUID.randomUUID().toString())).then()
                .statusCode(403).body("type", equalTo("https://golive.dev/problems/not-a-member"));
        assertThat(Db.decisions(id)).isZero();

        // No update or delete of the trail.
        as(OPS_LEAD).delete(Api.decisions(id)).then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://golive.dev/problems/http-405"));
        as(OPS_LEAD).get(Api.assessment(id)).then().statusCode(200).body("assessedAt", notNullValue());
    }
}
