package dev.golive.rollback.messaging;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.rollback.cutover.CutoverEventsConsumer;
import dev.golive.rollback.incident.IncidentEventsConsumer;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Cutovers;
import dev.golive.rollback.support.Db;
import dev.golive.testkit.RawTopic;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both consumed topics: a redelivered event changes nothing; an unreadable one goes to the dead letter topic and the next one is applied. */
@QuarkusTest
class ConsumedEventsTest {

    private static final String CUTOVER_DLQ = Topics.deadLetter(Topics.CUTOVER, "rollback-decision");
    private static final String INCIDENT_DLQ = Topics.deadLetter(Topics.INCIDENT, "rollback-decision");

    @Test
    void a_window_event_delivered_twice_is_applied_once() {
        String id = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        GoLiveWindowScheduled window = Cutovers.scheduled(id, 1, Cutovers.inDays(5));
        try (RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            CatalogEvents.publish(Api.bootstrap(), window, ceId);
            CatalogEvents.publish(Api.bootstrap(), window, ceId);
            // Sent after both: once it is applied, so were they.
            Instant back = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            CatalogEvents.publish(Api.bootstrap(), Cutovers.systemBack(id, 1, back, back));
            // The row appears with the first event applied: until then there is nothing to compare.
            await().atMost(CatalogEvents.WAIT)
                    .until(() -> Db.projection(id).map(p -> back.equals(p.systemBackAt)).orElse(false));

            assertThat(Db.processed(CutoverEventsConsumer.CONSUMER, ceId)).isEqualTo(1);
            assertThat(CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 1)).hasSize(1);
            rollback.awaitNone(CatalogEvents.of(id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED), Duration.ofSeconds(1));
            assertThat(Db.assessments(id)).isEqualTo(1);
        }
    }

    @Test
    void a_detection_delivered_twice_opens_one_incident_and_announces_it_once() {
        String id = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        IncidentDetected detected = Cutovers.unusable(id, "scenario-dup");
        try (RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT)) {
            CatalogEvents.publish(Api.bootstrap(), detected, ceId);
            CatalogEvents.publish(Api.bootstrap(), detected, ceId);
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
        try (RawTopicReader dlq = RawTopicReader.atEnd(Api.bootstrap(), CUTOVER_DLQ)) {
            RawTopic.write(Api.bootstrap(), Topics.CUTOVER, id, "{not json", CatalogEvents.headers(UUID.randomUUID().toString(),
                    EventCatalog.GO_LIVE_WINDOW_SCHEDULED.name(), id));
            Map<String, String> noType = new HashMap<>(CatalogEvents.headers(UUID.randomUUID().toString(),
                    EventCatalog.GO_LIVE_WINDOW_SCHEDULED.name(), id));
            noType.remove("ce_type");
            RawTopic.write(Api.bootstrap(), Topics.CUTOVER, id, EventCodec.toJson(window), noType);
            CatalogEvents.publish(Api.bootstrap(), window);

            List<ConsumerRecord<String, byte[]>> dead = dlq.awaitRecords(r -> id.equals(r.key()), 2, CatalogEvents.WAIT);
            assertThat(dead).extracting(RawTopicReader::text).containsExactly("{not json", EventCodec.toJson(window));
            assertThat(dead).allSatisfy(r -> assertThat(RawTopicReader.header(r, "dead-letter-reason")).isNotBlank());
            assertThat(RawTopicReader.header(dead.get(1), "dead-letter-reason")).contains("ce_type");

            await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(id, 1));
            dlq.awaitNone(r -> id.equals(r.key()), Duration.ofSeconds(1));
        }
    }

    @Test
    void unreadable_detections_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        IncidentDetected unknownSeverity = new IncidentDetected(id, "integration-readiness", "probe-1",
                "Carrier labels fail", null, "INVENTORY_AND_DELIVERY", "APOCALYPTIC", true, false, false, null,
                Instant.now());
        try (RawTopicReader dlq = RawTopicReader.atEnd(Api.bootstrap(), INCIDENT_DLQ);
             RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT)) {
            RawTopic.write(Api.bootstrap(), Topics.INCIDENT, id, "{not json", CatalogEvents.headers(UUID.randomUUID().toString(),
                    EventCatalog.INCIDENT_DETECTED.name(), id));
            CatalogEvents.publish(Api.bootstrap(), unknownSeverity);
            CatalogEvents.publish(Api.bootstrap(), Cutovers.unusable(id, "scenario-after-dlq"));

            List<ConsumerRecord<String, byte[]>> dead = dlq.awaitRecords(r -> id.equals(r.key()), 2, CatalogEvents.WAIT);
            assertThat(RawTopicReader.text(dead.get(0))).isEqualTo("{not json");
            assertThat(RawTopicReader.header(dead.get(1), "dead-letter-reason")).contains("severity");

            assertThat(CatalogEvents.await(incidents, id, EventCatalog.INCIDENT_REPORTED, 1).get(0).sourceRef())
                    .isEqualTo("scenario-after-dlq");
            assertThat(Db.incidents(id)).isEqualTo(1);
            dlq.awaitNone(r -> id.equals(r.key()), Duration.ofSeconds(1));
        }
    }
}
