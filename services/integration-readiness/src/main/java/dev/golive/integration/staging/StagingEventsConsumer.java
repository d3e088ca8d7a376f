package dev.golive.integration.staging;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Reads {@code golive.staging.v1} (group {@code integration-readiness}; what cannot be read goes to
 * {@code golive.staging.v1.dlq.integration-readiness}) for the upgrade summary: SummaryItemRaised
 * reopens the checklist items of the integrations it concerns, once. Read a poll at a time
 * ({@code batch=true}), the summary items of one poll in one transaction ({@link InboxConsumer#consumeBatch});
 * the other staging events (stages, rehearsals, reviews, forecasts…) are skipped by their CloudEvents type
 * before the inbox and leave no inbox row. A record without a type is handed to the inbox all the same,
 * which dead-letters it.
 */
@ApplicationScoped
public class StagingEventsConsumer {

    public static final String CONSUMER = "integration-readiness.staging";

    /** Of the staging events, only the upgrade summary's items concern integrations. */
    static final EventTypes WANTED = EventTypes.of(EventCatalog.SUMMARY_ITEM_RAISED);

    private final InboxConsumer inbox;
    private final CrossCheck crossCheck;

    public StagingEventsConsumer(InboxConsumer inbox, CrossCheck crossCheck) {
        this.inbox = inbox;
        this.crossCheck = crossCheck;
    }

    @Incoming("staging-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(CONSUMER, batch, WANTED, received -> {
            if (received.event() instanceof SummaryItemRaised raised) {
                crossCheck.raised(raised);
            }
        });
    }
}
