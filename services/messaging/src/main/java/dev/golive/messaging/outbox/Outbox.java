package dev.golive.messaging.outbox;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import dev.golive.messaging.trace.TraceParent;
import dev.golive.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * The only way an event leaves this service: it is stored with the state change, in the
 * caller's transaction, and the {@link OutboxRelay} sends it after the commit. A change
 * that rolls back takes its events with it.
 */
@ApplicationScoped
public class Outbox {

    private final Clock clock;
    private final Event<OutboxAppended> appended;
    private final OutboxConfig config;

    public Outbox(Clock clock, Event<OutboxAppended> appended, OutboxConfig config) {
        this.clock = clock;
        this.appended = appended;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(GoliveEvent event) {
        EventType<?> type = EventCatalog.of(event);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = type.topic();
        row.key = event.cutoverId();
        row.type = type.name();
        row.payload = EventCodec.toJson(event);
        int size = row.payload.getBytes(StandardCharsets.UTF_8).length;
        if (size > config.maxEventBytes()) {
            // Thrown inside the caller's transaction: the change that would produce it rolls back too.
            throw ProblemException.invalid("body", "the change would produce a " + type.name() + " event of " + size
                    + " bytes, over the " + config.maxEventBytes() + " bytes an event may have: shorten its texts");
        }
        row.occurredAt = clock.instant();
        // The relay sends the row later, from its own thread: the trace of the change travels with the row.
        TraceParent trace = TraceParent.current();
        row.traceparent = trace.traceparent();
        row.tracestate = trace.tracestate();
        row.persist();
        appended.fire(new OutboxAppended());
    }

    /** Fired when an event is appended, observed after commit to wake the relay early. */
    public record OutboxAppended() {
    }
}
