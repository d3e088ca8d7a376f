package dev.golive.messaging.outbox;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * The only way an event leaves this service: it is stored with the state change, in the
 * caller's transaction, and the {@link OutboxRelay} sends it after the commit. A change
 * that rolls back takes its events with it.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Clock clock;

    @Inject
    Event<OutboxAppended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(GoliveEvent event) {
        EventType<?> type = EventCatalog.of(event);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = type.topic();
        row.key = event.cutoverId();
        row.type = type.name();
        row.payload = EventCodec.toJson(event);
        row.occurredAt = clock.instant();
        row.persist();
        appended.fire(new OutboxAppended());
    }

    /** Fired when an event is appended, observed after commit to wake the relay early. */
    public record OutboxAppended() {
    }
}
