package dev.golive.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * How every Golive service takes one record of a topic it reads: decode it as a CloudEvent of the
 * catalogue ({@link ReceivedEvent}), drop it when this consumer has applied its id already
 * ({@link Inbox}), otherwise hand it to the service's handler, all in the caller's transaction.
 *
 * <p>A record that cannot be read throws {@link dev.golive.contracts.EventCodec.UnreadableEventException};
 * the channel's dead-letter strategy (defaults in this library's {@code microprofile-config.properties})
 * moves it to the service's dead-letter topic with that message as the reason, and the partition goes on.
 * A service's {@code @Incoming} method is therefore three lines: {@code @Blocking @Transactional}, and a
 * call to {@link #consume}.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private final Inbox inbox;

    public InboxConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    /**
     * Applies the record once for {@code consumer} (e.g. {@code weekend-testing.cutover}).
     *
     * @return true when the handler ran, false for a redelivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean consume(String consumer, ConsumerRecord<String, byte[]> record, Consumer<ReceivedEvent> handler) {
        ReceivedEvent received = ReceivedEvent.of(record);
        if (!inbox.firstDelivery(consumer, received.id(), received.type())) {
            LOG.debugf("%s drops redelivered %s %s", consumer, received.type(), received.id());
            return false;
        }
        handler.accept(received);
        return true;
    }
}
