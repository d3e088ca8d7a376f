package dev.golive.rollback.incident;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Cutovers;
import dev.golive.rollback.support.Db;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.TESTER;
import static dev.golive.rollback.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Incidents detected by other services, from golive.incident.v1, and what they do to the assessment. */
@QuarkusTest
class IncidentDetectedTest {

    @Test
    void a_failed_critical_test_opens_an_incident_and_turns_the_assessment_to_roll_back_once() {
        String id = UUID.randomUUID().toString();
        try (RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK);
             RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT)) {
            CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, Cutovers.inDays(3)));
            Api.teamTakesPart(id);
            RollbackAssessmentChanged first = CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 1).get(0);
            assertThat(first.recommendation()).isEqualTo("FIX_FORWARD");

            CatalogEvents.publish(Api.bootstrap(), Cutovers.unusable(id, "scenario-42/run-1"));

            IncidentReported reported = CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_REPORTED, 1).get(0);
            assertThat(reported.source()).isEqualTo("weekend-testing");
            assertThat(reported.sourceRef()).isEqualTo("scenario-42/run-1");
            assertThat(reported.severity()).isEqualTo("CRITICAL");
            assertThat(reported.systemUsable()).isFalse();
            assertThat(reported.status()).isEqualTo("OPEN");
            assertThat(reported.reportedBy()).isEqualTo("weekend-testing");

            RollbackAssessmentChanged changed = CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 1).get(0);
            assertThat(changed.recommendation()).isEqualTo("ROLL_BACK");
            assertThat(changed.reasons()).anyMatch(r -> r.startsWith("SYSTEM_UNUSABLE"));
            assertThat(changed.openIncidentIds()).containsExactly(reported.incidentId());
            assertThat(changed.timeToPointOfNoReturn()).isPositive();
            // Once per change: our own IncidentReported coming back on the topic changes nothing.
            rollback.awaitNone(CatalogEvents.of(id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED), Duration.ofSeconds(2));
            incidents.awaitNone(CatalogEvents.of(id, EventCatalog.INCIDENT_REPORTED), Duration.ofMillis(200));
            assertThat(Db.incidents(id)).isEqualTo(1);

            as(TESTER).get(Api.assessment(id)).then().statusCode(200)
                    .body("recommendation", equalTo("ROLL_BACK"))
                    .body("reasons.policy", hasItem("SYSTEM_UNUSABLE"))
                    .body("openIncidentIds", contains(reported.incidentId()))
                    .body("pointOfNoReturnPassed", equalTo(false))
                    .body("lastChangeId", equalTo(changed.assessmentId()));
        }
    }

    @Test
    void the_same_detection_again_updates_its_incident_instead_of_opening_another() {
        String id = UUID.randomUUID().toString();
        try (RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK);
             RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT)) {
            CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, Cutovers.inDays(3)));
            // The two topics are read independently: let the window be known before the detection.
            await().atMost(CatalogEvents.WAIT).until(() -> Db.assessments(id) == 1);
            Api.teamTakesPart(id);
            CatalogEvents.publish(Api.bootstrap(), Cutovers.unusable(id, "scenario-7"));
            String incidentId = CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_REPORTED, 1).get(0).incidentId();

            CatalogEvents.publish(Api.bootstrap(), Cutovers.workedAround(id, "scenario-7"));
            IncidentUpdated updated = CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_UPDATED, 1).get(0);
            assertThat(updated.incidentId()).isEqualTo(incidentId);
            assertThat(updated.changedFields()).contains("severity", "systemUsable", "workaroundExists",
                    "estimatedTimeToFix", "description");
            assertThat(updated.systemUsable()).isTrue();
            assertThat(updated.updatedBy()).isEqualTo("weekend-testing");

            List<RollbackAssessmentChanged> verdicts = CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 3);
            assertThat(verdicts).extracting(RollbackAssessmentChanged::recommendation)
                    .containsExactly("FIX_FORWARD", "ROLL_BACK", "FIX_FORWARD");
            await().atMost(CatalogEvents.WAIT).until(() -> Db.incidents(id) == 1);
            as(ON_CALL).get(Api.incidents(id)).then().statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].severity", equalTo("HIGH"))
                    .body("[0].sourceRef", equalTo("scenario-7"));
        }
    }
}
