package dev.golive.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Remembers which events a consumer has applied. Called in the transaction that applies the
 * event: if the event was seen before, nothing is written and the caller skips it; if the
 * effect rolls back, so does the record of having seen it.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** True the first time {@code consumer} sees {@code eventId}; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId, String eventType) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                        VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .setParameter(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return inserted == 1;
    }
}
