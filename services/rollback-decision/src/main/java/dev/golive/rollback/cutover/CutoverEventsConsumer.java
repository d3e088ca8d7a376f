package dev.golive.rollback.cutover;

import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code golive.cutover.v1} (group {@code rollback-decision}; what cannot be read goes to
 * {@code golive.cutover.v1.dlq.rollback-decision}); each event is applied once, in one transaction
 * with the record of having seen it.
 */
@ApplicationScoped
public class CutoverEventsConsumer {

    public static final String CHANNEL = "cutover-events";
    public static final String CONSUMER = "rollback-decision.cutover";

    private final InboxConsumer inbox;
    private final CutoverProjector projector;

    public CutoverEventsConsumer(InboxConsumer inbox, CutoverProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        inbox.consume(CONSUMER, record, received -> projector.apply(received.event()));
    }
}
