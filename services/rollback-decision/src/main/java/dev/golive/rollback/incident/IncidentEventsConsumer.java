package dev.golive.rollback.incident;

import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code golive.incident.v1} (group {@code rollback-decision}; what cannot be read goes to
 * {@code golive.incident.v1.dlq.rollback-decision}) for the incidents other services detect
 * ({@code IncidentDetected}: a failed critical weekend test, a failed live integration check), each
 * applied once. This service's own incident events travel on the same topic and are skipped.
 */
@ApplicationScoped
public class IncidentEventsConsumer {

    public static final String CHANNEL = "incident-events";
    public static final String CONSUMER = "rollback-decision.incident";

    private final InboxConsumer inbox;
    private final IncidentService incidents;

    public IncidentEventsConsumer(InboxConsumer inbox, IncidentService incidents) {
        this.inbox = inbox;
        this.incidents = incidents;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        inbox.consume(CONSUMER, record, received -> {
            if (received.event() instanceof IncidentDetected detected) {
                incidents.detected(detected);
            }
        });
    }
}
