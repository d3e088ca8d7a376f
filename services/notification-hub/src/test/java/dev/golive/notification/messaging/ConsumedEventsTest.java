package dev.golive.notification.messaging;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.Topics;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.notification.support.Events;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopic;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What cannot be read goes to the topic's dead letter topic with the reason, and the next good event is applied. */
@QuarkusTest
class ConsumedEventsTest {

    @Test
    void unreadable_cutover_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        String dlqTopic = Topics.deadLetter(Topics.CUTOVER, "notification-hub");
        try (RawTopicReader dlq = RawTopicReader.atEnd(Api.bootstrap(), dlqTopic)) {
            RawTopic.write(Api.bootstrap(), Topics.CUTOVER, id, "{not json",
                    CatalogEvents.headers(UUID.randomUUID().toString(), EventCatalog.CUTOVER_PLANNED.name(), id));
            Map<String, String> noType = new HashMap<>(CatalogEvents.headers(UUID.randomUUID().toString(),
                    EventCatalog.CUTOVER_PLANNED.name(), id));
            noType.remove("ce_type");
            RawTopic.write(Api.bootstrap(), Topics.CUTOVER, id, EventCodec.toJson(Events.planned(id, "No type")), noType);
            CatalogEvents.publish(Api.bootstrap(), Events.planned(id, "Readable"));

            List<ConsumerRecord<String, byte[]>> dead = dlq.awaitRecords(r -> id.equals(r.key()), 2, CatalogEvents.WAIT);
            assertThat(dead).extracting(RawTopicReader::text).first().isEqualTo("{not json");
            assertThat(dead).allSatisfy(r -> assertThat(RawTopicReader.header(r, "dead-letter-reason")).isNotBlank());
            assertThat(RawTopicReader.header(dead.get(1), "dead-letter-reason")).contains("ce_type");
            await().atMost(CatalogEvents.WAIT)
                    .until(() -> Db.projection(id).map(p -> "Readable".equals(p.name)).orElse(false));
            dlq.awaitNone(r -> id.equals(r.key()), Duration.ofSeconds(1));
        }
    }

    @Test
    void an_event_with_a_cutover_id_that_is_not_one_goes_to_the_dead_letter_topic_once() {
        String dlqTopic = Topics.deadLetter(Topics.INCIDENT, "notification-hub");
        IncidentReported bad = Events.incident("not-a-uuid", "HIGH", "Nowhere");
        String ceId = UUID.randomUUID().toString();
        try (RawTopicReader dlq = RawTopicReader.atEnd(Api.bootstrap(), dlqTopic)) {
            CatalogEvents.publish(Api.bootstrap(), bad, ceId);
            ConsumerRecord<String, byte[]> dead = dlq.awaitRecords(r -> "not-a-uuid".equals(r.key()), 1,
                    CatalogEvents.WAIT).get(0);
            assertThat(RawTopicReader.header(dead, "dead-letter-reason")).contains("not a UUID");
            assertThat(Db.processed("notification-hub.incident", ceId)).isZero();
        }
    }
}
