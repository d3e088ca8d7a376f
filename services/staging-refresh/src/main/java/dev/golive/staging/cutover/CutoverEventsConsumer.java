package dev.golive.staging.cutover;

import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code golive.cutover.v1} (group {@code staging-refresh}; what cannot be read goes to
 * {@code golive.cutover.v1.dlq.staging-refresh}); each event is applied once, in one transaction
 * with the record of having seen it.
 */
@ApplicationScoped
public class CutoverEventsConsumer {

    static final String CONSUMER = "staging-refresh";

    private final InboxConsumer inbox;
    private final CutoverProjector projector;

    public CutoverEventsConsumer(InboxConsumer inbox, CutoverProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("cutover-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        inbox.consume(CONSUMER, record, received -> projector.apply(received.event()));
    }
}
