package dev.golive.messaging.inbox;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.Topics;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.testapp.Cutovers;
import dev.golive.messaging.testapp.Db;
import dev.golive.messaging.testapp.TestProjection;
import dev.golive.messaging.testapp.TestReactions;
import dev.golive.testkit.CatalogEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InboxConsumer#consumeBatch} on a batch made here, record by record, as the connector makes one
 * from a poll — so which records share a batch is certain — with the connector's failure strategy and
 * commit handler replaced by ones that remember what they were given. (That the dead-letter strategy
 * then writes the record with its headers is the live channel's test, InboxConsumerTest.)
 */
@QuarkusTest
class BatchConsumeTest {

    private static final String CONSUMER = "messaging-test.batch";
    private static final Instant DOWNTIME = Instant.parse("2026-04-03T17:00:00Z");

    @Inject
    CutoverProjections projections;

    @Inject
    InboxConsumer inbox;

    @Inject
    TestReactions reactions;

    @Test
    void one_poison_record_in_the_middle_of_a_batch_is_dead_lettered_alone_and_the_others_are_applied_once_in_order() {
        UUID cutoverId = UUID.randomUUID();
        String id = cutoverId.toString();
        String plannedId = UUID.randomUUID().toString();
        String updatedId = UUID.randomUUID().toString();
        String badZoneId = UUID.randomUUID().toString();
        String windowId = UUID.randomUUID().toString();
        Batch batch = new Batch();
        batch.add(Cutovers.planned(id, Cutovers.ZONE), plannedId);
        batch.add(Cutovers.updated(id, Cutovers.ZONE), updatedId);
        batch.add(Cutovers.scheduled(id, 1, "Mars/Olympus_Mons", DOWNTIME), badZoneId);
        batch.addRaw(id, EventCatalog.GO_LIVE_WINDOW_SCHEDULED, UUID.randomUUID().toString(), "{not json");
        batch.add(Cutovers.scheduled(id, 1, Cutovers.ZONE, DOWNTIME), windowId);
        batch.add(Cutovers.planned(id, Cutovers.ZONE), plannedId); // the same event again, in the same poll

        projections.consumeBatch(CONSUMER, batch.build(), TestProjection.class, reactions).toCompletableFuture().join();

        assertThat(batch.nacked).as("the record whose zone is no zone, then the one that cannot be read")
                .extracting(Nack::offset).containsExactly(2L, 3L);
        assertThat(batch.nacked.get(0).reason()).contains("Mars/Olympus_Mons");
        assertThat(batch.nacked.get(1).reason()).contains("GoLiveWindowScheduled");
        assertThat(batch.acked).as("the batch is acknowledged: its partition's latest record").containsExactly(5L);

        TestProjection row = Db.projection(cutoverId).orElseThrow();
        assertThat(row.detailsChanges).as("planned once (its copy dropped), updated once").isEqualTo(2);
        assertThat(row.windowRevision).isEqualTo(1);
        assertThat(row.zone).isEqualTo(Cutovers.ZONE);
        assertThat(row.downtimeStart).isEqualTo(DOWNTIME);
        assertThat(Db.processed(CONSUMER, plannedId)).isEqualTo(1);
        assertThat(Db.processed(CONSUMER, updatedId)).isEqualTo(1);
        assertThat(Db.processed(CONSUMER, windowId)).isEqualTo(1);
        assertThat(Db.processed(CONSUMER, badZoneId)).as("the refused event's inbox row rolled back with it").isZero();
    }

    @Test
    void a_batch_delivered_again_is_dropped_by_the_inbox_and_acknowledged() {
        UUID cutoverId = UUID.randomUUID();
        String id = cutoverId.toString();
        String plannedId = UUID.randomUUID().toString();
        String updatedId = UUID.randomUUID().toString();
        for (int delivery = 1; delivery <= 2; delivery++) {
            Batch batch = new Batch();
            batch.add(Cutovers.planned(id, Cutovers.ZONE), plannedId);
            batch.add(Cutovers.updated(id, Cutovers.ZONE), updatedId);
            projections.consumeBatch(CONSUMER, batch.build(), TestProjection.class, reactions).toCompletableFuture().join();
            assertThat(batch.nacked).isEmpty();
            assertThat(batch.acked).containsExactly(1L);
        }
        assertThat(Db.projection(cutoverId).orElseThrow().detailsChanges).isEqualTo(2);
    }

    @Test
    void a_transient_failure_retries_the_batch_until_it_passes_and_nothing_is_dead_lettered() {
        UUID cutoverId = UUID.randomUUID();
        String id = cutoverId.toString();
        TestReactions.failDetailsTransiently(cutoverId, 2);
        Batch batch = new Batch();
        batch.add(Cutovers.planned(id, Cutovers.ZONE), UUID.randomUUID().toString());
        batch.add(Cutovers.updated(id, Cutovers.ZONE), UUID.randomUUID().toString());

        projections.consumeBatch(CONSUMER, batch.build(), TestProjection.class, reactions).toCompletableFuture().join();

        assertThat(batch.nacked).isEmpty();
        assertThat(batch.acked).containsExactly(1L);
        assertThat(TestReactions.detailAttempts(cutoverId)).as("planned failed twice, then planned and updated")
                .isEqualTo(4);
        assertThat(Db.projection(cutoverId).orElseThrow().detailsChanges).isEqualTo(2);
    }

    @Test
    void types_the_consumer_does_not_want_leave_no_inbox_row_and_the_batch_is_acknowledged() {
        UUID cutoverId = UUID.randomUUID();
        String id = cutoverId.toString();
        String plannedId = UUID.randomUUID().toString();
        String updatedId = UUID.randomUUID().toString();
        List<ReceivedEvent> handled = new ArrayList<>();
        Batch batch = new Batch();
        batch.add(Cutovers.planned(id, Cutovers.ZONE), plannedId);
        batch.add(Cutovers.updated(id, Cutovers.ZONE), updatedId);

        inbox.consumeBatch(CONSUMER, batch.build(), EventTypes.of(EventCatalog.CUTOVER_UPDATED), handled::add)
                .toCompletableFuture().join();

        assertThat(handled).extracting(ReceivedEvent::id).containsExactly(updatedId);
        assertThat(Db.processed(CONSUMER, plannedId)).isZero();
        assertThat(Db.processed(CONSUMER, updatedId)).isEqualTo(1);
        assertThat(batch.acked).containsExactly(1L);
    }

    record Nack(long offset, String reason) {
    }

    /** Records of one partition of golive.cutover.v1 from offset 0, made into a batch as the connector makes it. */
    static final class Batch {
        private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        final List<Nack> nacked = new CopyOnWriteArrayList<>();
        final List<Long> acked = new CopyOnWriteArrayList<>();

        void add(GoliveEvent event, String ceId) {
            EventType<?> type = EventCatalog.of(event);
            addRaw(event.cutoverId(), type, ceId, EventCodec.toJson(event));
        }

        void addRaw(String key, EventType<?> type, String ceId, String json) {
            RecordHeaders headers = new RecordHeaders();
            CatalogEvents.headers(ceId, type.name(), key)
                    .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
            byte[] value = json.getBytes(StandardCharsets.UTF_8);
            records.add(new ConsumerRecord<>(Topics.CUTOVER, 0, records.size(), 0L, TimestampType.CREATE_TIME,
                    -1, value.length, key, value, headers, Optional.empty()));
        }

        List<ConsumerRecord<String, byte[]>> records() {
            return List.copyOf(records);
        }

        IncomingKafkaRecordBatch<String, byte[]> build() {
            KafkaCommitHandler commits = new KafkaCommitHandler() {
                @Override
                public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
                    acked.add(record.getOffset());
                    return Uni.createFrom().voidItem();
                }
            };
            KafkaFailureHandler deadLetters = new KafkaFailureHandler() {
                @Override
                public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                    nacked.add(new Nack(record.getOffset(), reason.getMessage()));
                    return Uni.createFrom().voidItem();
                }
            };
            ConsumerRecords<String, byte[]> polled = new ConsumerRecords<>(
                    Map.of(new TopicPartition(Topics.CUTOVER, 0), records), Map.of());
            return new IncomingKafkaRecordBatch<>(polled, "test-batch", 0, commits, deadLetters, false, false);
        }
    }
}
