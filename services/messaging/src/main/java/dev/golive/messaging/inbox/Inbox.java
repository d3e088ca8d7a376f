package dev.golive.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * {@link #firstDelivery} for the events of a polled batch, in one statement: the ids this consumer
     * sees for the first time (an id twice in the batch counts once, as its first occurrence).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(String consumer, List<ReceivedEvent> events) {
        Map<String, String> typeById = new LinkedHashMap<>();
        events.forEach(event -> typeById.putIfAbsent(event.id(), event.type()));
        if (typeById.isEmpty()) {
            return Set.of();
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // Two arrays unnested into rows: one statement and one round trip whatever the batch's size.
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                    SELECT ?, e.event_id, e.event_type, ?
                    FROM unnest(?::varchar[], ?::varchar[]) AS e (event_id, event_type)
                    ON CONFLICT (consumer, event_id) DO NOTHING
                    RETURNING event_id""")) {
                insert.setString(1, consumer);
                insert.setObject(2, now);
                insert.setArray(3, connection.createArrayOf("varchar", typeById.keySet().toArray()));
                insert.setArray(4, connection.createArrayOf("varchar", typeById.values().toArray()));
                Set<String> first = new HashSet<>();
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        first.add(inserted.getString(1));
                    }
                }
                return first;
            }
        });
    }
}
