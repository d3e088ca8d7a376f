package dev.golive.rollback.messaging;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.rollback.cutover.CutoverProjector;
import dev.golive.rollback.incident.IncidentEventsConsumer;
import dev.golive.rollback.runbook.RunbookEventsConsumer;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Cutovers;
import dev.golive.rollback.support.Db;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.ConsumerChecks;
import dev.golive.testkit.ConsumerChecks.Unreadable;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every consumed topic: a redelivered event changes nothing; an unreadable one goes to the dead letter topic and the next one is applied. */
@QuarkusTest
class ConsumedEventsTest {

    private static final String SERVICE = "rollback-decision";

    @Test
    void a_window_event_delivered_twice_is_applied_once() {
        String id = UUID.randomUUID().toString();
        GoLiveWindowScheduled window = Cutovers.scheduled(id, 1, Cutovers.inDays(5));
        try (RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            Instant back = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            ConsumerChecks.deliveredTwice(Api.bootstrap(), window, Cutovers.systemBackObserved(id, 1, back, back),
                    ceId -> Db.processed(CutoverProjector.CONSUMER, ceId));

            assertThat(Db.projection(id).orElseThrow().systemBackAt).isEqualTo(back);
            assertThat(CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 1)).hasSize(1);
            rollback.awaitNone(CatalogEvents.of(id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED), Duration.ofSeconds(1));
            assertThat(Db.assessments(id)).isEqualTo(1);
        }
    }

    @Test
    void a_detection_delivered_twice_opens_one_incident_and_announces_it_once() {
        String id = UUID.randomUUID().toString();
        IncidentDetected detected = Cutovers.unusable(id, "scenario-dup");
        try (RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT)) {
            String ceId = ConsumerChecks.publishTwice(Api.bootstrap(), detected);
            assertThat(CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_REPORTED, 1)).hasSize(1);
            incidents.awaitNone(CatalogEvents.of(id, EventCatalog.INCIDENT_REPORTED).or(CatalogEvents.of(id,
                    EventCatalog.INCIDENT_UPDATED)), Duration.ofSeconds(2));
            assertThat(Db.incidents(id)).isEqualTo(1);
            assertThat(Db.processed(IncidentEventsConsumer.CONSUMER, ceId)).isEqualTo(1);
        }
    }

    @Test
    void unreadable_cutover_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        GoLiveWindowScheduled window = Cutovers.scheduled(id, 1, Cutovers.inDays(6));
        ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), SERVICE, Unreadable.withoutType(window), window,
                () -> Db.windowKnown(id, 1));
    }

    @Test
    void unreadable_detections_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        IncidentDetected unknownSeverity = new IncidentDetected(id, "integration-readiness", "probe-1",
                "Carrier labels fail", null, "INVENTORY_AND_DELIVERY", "APOCALYPTIC", true, false, false, null,
                Instant.now());
        try (RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT)) {
            ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), SERVICE, Unreadable.refused(unknownSeverity, "severity"),
                    Cutovers.unusable(id, "scenario-after-dlq"),
                    () -> incidents.arrived(CatalogEvents.of(id, EventCatalog.INCIDENT_REPORTED)));

            assertThat(CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_REPORTED, 1).get(0).sourceRef())
                    .isEqualTo("scenario-after-dlq");
            assertThat(Db.incidents(id)).isEqualTo(1);
        }
    }

    @Test
    void unreadable_runbook_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        Instant pnr = Cutovers.inDays(3);
        RunbookProjectionChanged projection = Cutovers.projection(id, pnr, pnr.plus(Duration.ofHours(1)), true);
        ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), SERVICE, Unreadable.withoutType(projection), projection,
                () -> Db.projection(id).map(p -> p.upgradeCrossesPointOfNoReturn).orElse(false));
    }

    @Test
    void a_projection_delivered_twice_is_applied_once_and_the_runbooks_other_events_leave_no_inbox_row() {
        String id = UUID.randomUUID().toString();
        Instant pnr = Cutovers.inDays(3);
        String ceId = ConsumerChecks.publishTwice(Api.bootstrap(), Cutovers.projection(id, pnr, pnr.minusSeconds(3600), false));
        String overdueId = UUID.randomUUID().toString();
        CatalogEvents.publish(Api.bootstrap(), new RunbookTaskOverdue(id, "runbook-" + id, UUID.randomUUID().toString(),
                "Smoke test", new TaskOwner(TaskOwner.Kind.ROLE, "tester"), RunbookTaskStatus.RUNNING, pnr,
                Duration.ofMinutes(15), Instant.now(), null), overdueId);
        // A projection after both shows that both were taken.
        CatalogEvents.publish(Api.bootstrap(), Cutovers.projection(id, pnr, pnr.plusSeconds(3600), true));
        org.awaitility.Awaitility.await().atMost(CatalogEvents.WAIT)
                .until(() -> Db.projection(id).map(p -> p.upgradeCrossesPointOfNoReturn).orElse(false));

        assertThat(Db.processed(RunbookEventsConsumer.CONSUMER, ceId)).isEqualTo(1);
        assertThat(Db.processed(RunbookEventsConsumer.CONSUMER, overdueId)).isZero();
    }
}
