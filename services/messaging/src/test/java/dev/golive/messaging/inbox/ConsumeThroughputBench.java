package dev.golive.messaging.inbox;

import dev.golive.contracts.GoliveEvent;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.testapp.Cutovers;
import dev.golive.messaging.testapp.TestCutoverConsumer;
import dev.golive.messaging.testapp.TestProjection;
import dev.golive.messaging.testapp.TestReactions;
import dev.golive.messaging.testapp.RealServers;
import dev.golive.testkit.CatalogEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Prints (asserts nothing about speed) how fast 5,000 cutover events are applied one transaction per record
 * ({@link InboxConsumer#consume}, how every channel was read before batches) and one transaction per batch
 * of 500 ({@link InboxConsumer#consumeBatch}), on the same PostgreSQL, with the transactions PostgreSQL
 * committed meanwhile; then through the real broker on the test application's batch channel. Not a
 * {@code *Test}, so {@code mvn verify} leaves it out; run it with
 * {@code mvn -B -o -pl services/messaging -am verify -Dtest=ConsumeThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class ConsumeThroughputBench {

    private static final int EVENTS = 5_000;
    private static final int BATCH = 500;
    private static final int CUTOVERS = 250;

    @Inject
    CutoverProjections projections;

    @Inject
    InboxConsumer inbox;

    @Inject
    TestReactions reactions;

    @Test
    void prints_records_per_second_and_transactions_per_record_then_per_batch() {
        // Warm both paths up (class loading, JIT, connection pool) on events of their own.
        perRecord("bench.warm-record", events(500));
        perBatch("bench.warm-batch", events(500));

        List<GoliveEvent> events = events(EVENTS);
        for (int r = 1; r <= 3; r++) {
            int round = r;
            report("one transaction per record", round, () -> perRecord("bench.record." + round, events));
            report("one transaction per batch of " + BATCH, round, () -> perBatch("bench.batch." + round, events));
        }

        // Through the broker: the test application's channel (batch=true) reading what is written at once.
        List<GoliveEvent> live = events(EVENTS);
        long before = processedRows(TestCutoverConsumer.CONSUMER);
        long transactions = transactions();
        long start = System.nanoTime();
        live.forEach(event -> CatalogEvents.publish(RealServers.bootstrap(), event));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> processedRows(TestCutoverConsumer.CONSUMER) - before == EVENTS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH through the broker, batch channel (publish one by one + consume): %d events in %.2f s "
                + "= %.0f events/s, %d write transactions (with the test's polling)%n", EVENTS, seconds, EVENTS / seconds,
                transactions() - transactions);
    }

    private static long processedRows(String consumer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) TestProjection.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = ?1")
                .setParameter(1, consumer).getSingleResult()).longValue());
    }

    private void report(String what, int round, Runnable run) {
        long transactions = transactions();
        long start = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long written = transactions() - transactions - 1; // less the second look's own
        System.out.printf("BENCH round %d, %s: %d events in %.2f s = %.0f events/s, %d write transactions%n", round,
                what, EVENTS, seconds, EVENTS / seconds, written);
    }

    private void perRecord(String consumer, List<GoliveEvent> events) {
        List<ConsumerRecord<String, byte[]>> records = records(events);
        for (ConsumerRecord<String, byte[]> record : records) {
            projections.consume(consumer, record, TestProjection.class, reactions);
        }
    }

    private void perBatch(String consumer, List<GoliveEvent> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            BatchConsumeTest.Batch batch = new BatchConsumeTest.Batch();
            events.subList(from, Math.min(events.size(), from + BATCH)).forEach(e -> batch.add(e, UUID.randomUUID().toString()));
            IncomingKafkaRecordBatch<String, byte[]> polled = batch.build();
            projections.consumeBatch(consumer, polled, TestProjection.class, reactions).toCompletableFuture().join();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> records(List<GoliveEvent> events) {
        BatchConsumeTest.Batch batch = new BatchConsumeTest.Batch();
        events.forEach(e -> batch.add(e, UUID.randomUUID().toString()));
        return batch.records();
    }

    /** Planned, then updated, round the cutovers: a projection row per cutover, changed by each event. */
    private static List<GoliveEvent> events(int count) {
        List<String> cutovers = new ArrayList<>();
        for (int i = 0; i < CUTOVERS; i++) {
            cutovers.add(UUID.randomUUID().toString());
        }
        List<GoliveEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String cutover = cutovers.get(i % CUTOVERS);
            events.add(i < CUTOVERS ? Cutovers.planned(cutover, Cutovers.ZONE) : Cutovers.updated(cutover, Cutovers.ZONE));
        }
        return events;
    }

    /**
     * PostgreSQL's transaction counter: every transaction that writes takes the next id (and so does this
     * look), so the difference of two looks counts the writing transactions in between, at once and exactly.
     */
    private static long transactions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) TestProjection.getEntityManager()
                .createNativeQuery("SELECT txid_current()").getSingleResult()).longValue());
    }
}
