package dev.golive.messaging.inbox;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.Topics;
import dev.golive.messaging.testapp.Cutovers;
import dev.golive.messaging.testapp.Db;
import dev.golive.messaging.testapp.RealServers;
import dev.golive.messaging.testapp.TestCutoverConsumer;
import dev.golive.messaging.testapp.TestProjection;
import dev.golive.messaging.testapp.TestReactions;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopic;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service's consumer written with {@link InboxConsumer} on a channel configured like a service's
 * (topic, group.id and dead-letter-queue.topic only), reading from the real broker.
 */
@QuarkusTest
class InboxConsumerTest {

    private static final String DLQ = Topics.deadLetter(Topics.CUTOVER, "messaging-test");
    private static final Instant DOWNTIME = Instant.parse("2026-04-03T17:00:00Z");

    @Test
    void the_same_event_delivered_twice_is_applied_once() {
        UUID cutoverId = UUID.randomUUID();
        String id = cutoverId.toString();
        String plannedId = UUID.randomUUID().toString();
        CatalogEvents.publish(RealServers.bootstrap(), Cutovers.planned(id, Cutovers.ZONE), plannedId);
        CatalogEvents.publish(RealServers.bootstrap(), Cutovers.planned(id, Cutovers.ZONE), plannedId);
        // Same partition, written after both: once it is applied, so were they.
        String updatedId = CatalogEvents.publish(RealServers.bootstrap(), Cutovers.updated(id, Cutovers.ZONE));

        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(TestCutoverConsumer.CONSUMER, updatedId) == 1);
        assertThat(Db.processed(TestCutoverConsumer.CONSUMER, plannedId)).isEqualTo(1);
        TestProjection row = Db.projection(cutoverId).orElseThrow();
        assertThat(row.detailsChanges).as("planned once, updated once").isEqualTo(2);
    }

    @Test
    void a_transient_failure_is_retried_until_it_passes_and_never_dead_lettered() {
        UUID cutoverId = UUID.randomUUID();
        String id = cutoverId.toString();
        TestReactions.failDetailsTransiently(cutoverId, 2);
        try (RawTopicReader dlq = RawTopicReader.atEnd(RealServers.bootstrap(), DLQ)) {
            String plannedId = CatalogEvents.publish(RealServers.bootstrap(), Cutovers.planned(id, Cutovers.ZONE));
            String updatedId = CatalogEvents.publish(RealServers.bootstrap(), Cutovers.updated(id, Cutovers.ZONE));

            // The update comes after the planned event on the same partition: order held through the retries.
            await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(TestCutoverConsumer.CONSUMER, updatedId) == 1);
            assertThat(Db.processed(TestCutoverConsumer.CONSUMER, plannedId)).isEqualTo(1);
            assertThat(TestReactions.detailAttempts(cutoverId)).as("two failed attempts, then planned, then updated")
                    .isEqualTo(4);
            assertThat(Db.projection(cutoverId).orElseThrow().detailsChanges).isEqualTo(2);
            dlq.awaitNone(r -> id.equals(r.key()), Duration.ofSeconds(2));
        }
    }

    @Test
    void unreadable_records_go_to_the_dead_letter_topic_with_a_reason_and_the_next_record_is_applied() {
        UUID cutoverId = UUID.randomUUID();
        String id = cutoverId.toString();
        String badZoneId = UUID.randomUUID().toString();
        try (RawTopicReader dlq = RawTopicReader.atEnd(RealServers.bootstrap(), DLQ)) {
            RawTopic.write(RealServers.bootstrap(), Topics.CUTOVER, id, "{not json",
                    CatalogEvents.headers(UUID.randomUUID().toString(), EventCatalog.GO_LIVE_WINDOW_SCHEDULED.name(), id));
            String window = EventCodec.toJson(Cutovers.scheduled(id, 1, Cutovers.ZONE, DOWNTIME));
            RawTopic.write(RealServers.bootstrap(), Topics.CUTOVER, id, window, Map.of());
            CatalogEvents.publish(RealServers.bootstrap(), Cutovers.scheduled(id, 1, "Mars/Olympus_Mons", DOWNTIME), badZoneId);
            CatalogEvents.publish(RealServers.bootstrap(), Cutovers.scheduled(id, 1, Cutovers.ZONE, DOWNTIME));

            List<ConsumerRecord<String, byte[]>> dead = dlq.awaitRecords(r -> id.equals(r.key()), 3, CatalogEvents.WAIT);
            assertThat(dead).extracting(RawTopicReader::text).containsExactly("{not json", window,
                    EventCodec.toJson(Cutovers.scheduled(id, 1, "Mars/Olympus_Mons", DOWNTIME)));
            assertThat(dead).extracting(r -> RawTopicReader.header(r, "dead-letter-reason"))
                    .satisfiesExactly(
                            reason -> assertThat(reason).contains("GoLiveWindowScheduled"),
                            reason -> assertThat(reason).contains("ce_id"),
                            reason -> assertThat(reason).contains("Mars/Olympus_Mons"));
            // The dead letter keeps the original headers, so it can be replayed as it was.
            assertThat(RawTopicReader.header(dead.get(2), CloudEventHeaders.ID)).isEqualTo(badZoneId);

            await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(cutoverId)
                    .map(p -> p.windowRevision == 1).orElse(false));
            TestProjection row = Db.projection(cutoverId).orElseThrow();
            assertThat(row.zone).isEqualTo(Cutovers.ZONE);
            assertThat(row.downtimeStart).isEqualTo(DOWNTIME);
            // The refused event's inbox entry rolled back with it.
            assertThat(Db.processed(TestCutoverConsumer.CONSUMER, badZoneId)).isZero();
            dlq.awaitNone(r -> id.equals(r.key()), Duration.ofSeconds(1));
        }
    }
}
