package dev.golive.integration.staging;

import dev.golive.contracts.staging.SummaryItemRaised;
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
 * Reads {@code golive.staging.v1} (group {@code integration-readiness}) for the upgrade summary:
 * SummaryItemRaised reopens the checklist items of the integrations it concerns; the other staging
 * events are read (so that a broken one is dead-lettered) and otherwise ignored. Each event is applied
 * once (by its CloudEvents id) in one transaction; one that cannot be read goes to
 * {@code golive.staging.v1.dlq.integration-readiness} with the reason.
 */
@ApplicationScoped
public class StagingEventsConsumer {

    public static final String CONSUMER = "integration-readiness.staging";

    private static final Logger LOG = Logger.getLogger(StagingEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    CrossCheck crossCheck;

    @Incoming("staging-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent received = ReceivedEvent.of(record);
        if (!(received.event() instanceof SummaryItemRaised raised)) {
            LOG.debugf("skipping %s %s: of no interest to integration-readiness", received.type(), received.id());
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, received.id(), received.type())) {
            LOG.debugf("dropping redelivered %s %s", received.type(), received.id());
            return;
        }
        crossCheck.raised(raised);
    }
}
