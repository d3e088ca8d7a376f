package dev.golive.integration.staging;

import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code golive.staging.v1} (group {@code integration-readiness}; what cannot be read goes to
 * {@code golive.staging.v1.dlq.integration-readiness}) for the upgrade summary: SummaryItemRaised
 * reopens the checklist items of the integrations it concerns, once; the other staging events are
 * read (so that a broken one is dead-lettered) and otherwise ignored.
 */
@ApplicationScoped
public class StagingEventsConsumer {

    public static final String CONSUMER = "integration-readiness.staging";

    private final InboxConsumer inbox;
    private final CrossCheck crossCheck;

    public StagingEventsConsumer(InboxConsumer inbox, CrossCheck crossCheck) {
        this.inbox = inbox;
        this.crossCheck = crossCheck;
    }

    @Incoming("staging-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        inbox.consume(CONSUMER, record, received -> {
            if (received.event() instanceof SummaryItemRaised raised) {
                crossCheck.raised(raised);
            }
        });
    }
}
