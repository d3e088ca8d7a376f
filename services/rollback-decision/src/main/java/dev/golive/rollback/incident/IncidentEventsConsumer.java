package dev.golive.rollback.incident;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Reads {@code golive.incident.v1} (group {@code rollback-decision}; what cannot be read goes to
 * {@code golive.incident.v1.dlq.rollback-decision}) for the incidents other services detect
 * ({@code IncidentDetected}: a failed critical weekend test, a failed live integration check), each
 * applied once. This service's own incident events travel on the same topic and are skipped by their
 * type before the inbox (no row, no transaction). Read in batches ({@code batch=true}): the detections
 * of one poll are applied in one transaction ({@link InboxConsumer#consumeBatch}).
 */
@ApplicationScoped
public class IncidentEventsConsumer {

    public static final String CHANNEL = "incident-events";
    public static final String CONSUMER = "rollback-decision.incident";

    /** Of golive.incident.v1, only what other services detect; the rest is this service's own output. */
    static final EventTypes DETECTIONS = EventTypes.of(EventCatalog.INCIDENT_DETECTED);

    private final InboxConsumer inbox;
    private final IncidentService incidents;

    public IncidentEventsConsumer(InboxConsumer inbox, IncidentService incidents) {
        this.inbox = inbox;
        this.incidents = incidents;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(CONSUMER, batch, DETECTIONS, received -> {
            if (received.event() instanceof IncidentDetected detected) {
                incidents.detected(detected);
            }
        });
    }
}
