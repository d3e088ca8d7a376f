package dev.golive.testing.cutover;

import dev.golive.messaging.inbox.Inbox;
import dev.golive.messaging.inbox.ReceivedEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code golive.cutover.v1} (group {@code weekend-testing}). Each event is applied in one
 * transaction with the record of having seen it, so a redelivery changes nothing; a record that
 * cannot be read throws, and the channel's dead-letter strategy moves it to
 * {@code golive.cutover.v1.dlq.weekend-testing} with the reason and goes on.
 */
@ApplicationScoped
public class CutoverEventsConsumer {

    public static final String CHANNEL = "cutover-events";
    public static final String CONSUMER = "weekend-testing.cutover";

    private static final Logger LOG = Logger.getLogger(CutoverEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    CutoverProjector projector;

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent received = ReceivedEvent.of(record);
        if (!inbox.firstDelivery(CONSUMER, received.id(), received.type())) {
            LOG.debugf("dropping redelivered %s %s", received.type(), received.id());
            return;
        }
        projector.apply(received.event());
    }
}
