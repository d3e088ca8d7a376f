package dev.golive.messaging.testapp;

import dev.golive.messaging.outbox.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the test application's tables directly, each read in its own transaction. */
public final class Db {

    public static Optional<TestProjection> projection(UUID cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(TestProjection.findById(cutoverId)));
    }

    public static long projectionRows(UUID cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> TestProjection.count("cutoverId", cutoverId));
    }

    /** How many times {@code consumer} recorded the event {@code ceId} as applied. */
    public static long processed(String consumer, String ceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) TestProjection.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer).setParameter(2, ceId).getSingleResult()).longValue());
    }

    /** The outbox rows of one cutover, in the order they were written. */
    public static List<OutboxEvent> outbox(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("key = ?1 order by seq", cutoverId));
    }

    private Db() {
    }
}
