package dev.golive.rollback.incident;

import dev.golive.contracts.incident.IncidentDetected;
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
 * Reads {@code golive.incident.v1} (group {@code rollback-decision}) for the incidents other
 * services detect ({@code IncidentDetected}: a failed critical weekend test, a failed live
 * integration check). This service's own incident events travel on the same topic and are skipped.
 * Each detection is applied once (by its CloudEvents id) in one transaction; one that cannot be read
 * goes to {@code golive.incident.v1.dlq.rollback-decision} with the reason.
 */
@ApplicationScoped
public class IncidentEventsConsumer {

    public static final String CHANNEL = "incident-events";
    public static final String CONSUMER = "rollback-decision.incident";

    private static final Logger LOG = Logger.getLogger(IncidentEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    IncidentService incidents;

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent received = ReceivedEvent.of(record);
        if (!(received.event() instanceof IncidentDetected detected)) {
            LOG.debugf("skipping %s %s: not a detection", received.type(), received.id());
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, received.id(), received.type())) {
            LOG.debugf("dropping redelivered %s %s", received.type(), received.id());
            return;
        }
        incidents.detected(detected);
    }
}
