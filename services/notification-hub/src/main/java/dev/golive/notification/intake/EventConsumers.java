package dev.golive.notification.intake;

import dev.golive.messaging.inbox.EventTypes;
import dev.golive.contracts.EventCatalog;
import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;


/**
 * Reads every topic of the platform (group {@code notification-hub}), one channel each (what cannot
 * be read goes to {@code <topic>.dlq.notification-hub}); each event is taken once ({@link EventIntake}),
 * in one transaction with the record of having seen it, so a redelivery sends nothing. Each channel is
 * read in batches ({@code batch=true}): the events of one poll in one transaction
 * ({@link InboxConsumer#consumeBatch}; a record that cannot be taken is dead-lettered alone). One method per
 * channel, because {@code @Incoming} names its channel with a constant.
 */
@ApplicationScoped
public class EventConsumers {

    public static final String CUTOVER = "notification-hub.cutover";
    public static final String STAGING = "notification-hub.staging";
    public static final String INTEGRATION = "notification-hub.integration";
    public static final String INCIDENT = "notification-hub.incident";
    public static final String ROLLBACK = "notification-hub.rollback";
    public static final String TESTING = "notification-hub.testing";
    public static final String RUNBOOK = "notification-hub.runbook";

    /**
     * The runbook's events that tell people something; the others (every task move, the readiness)
     * are many during a weekend and are skipped by their CloudEvents type before the inbox, so they
     * leave no inbox row. A record without a type still goes to the inbox, which dead-letters it.
     */
    static final EventTypes RUNBOOK_TYPES_TOLD = EventTypes.of(EventCatalog.RUNBOOK_TASK_OVERDUE,
            EventCatalog.RUNBOOK_PROJECTION_CHANGED);

    private final InboxConsumer inbox;
    private final EventIntake intake;

    public EventConsumers(InboxConsumer inbox, EventIntake intake) {
        this.inbox = inbox;
        this.intake = intake;
    }

    @Incoming("cutover-events")
    @Blocking
    public CompletionStage<Void> cutover(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(CUTOVER, batch, intake::take);
    }

    @Incoming("staging-events")
    @Blocking
    public CompletionStage<Void> staging(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(STAGING, batch, intake::take);
    }

    @Incoming("integration-events")
    @Blocking
    public CompletionStage<Void> integration(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(INTEGRATION, batch, intake::take);
    }

    @Incoming("incident-events")
    @Blocking
    public CompletionStage<Void> incident(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(INCIDENT, batch, intake::take);
    }

    @Incoming("rollback-events")
    @Blocking
    public CompletionStage<Void> rollback(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(ROLLBACK, batch, intake::take);
    }

    @Incoming("testing-events")
    @Blocking
    public CompletionStage<Void> testing(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(TESTING, batch, intake::take);
    }

    @Incoming("runbook-events")
    @Blocking
    public CompletionStage<Void> runbook(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(RUNBOOK, batch, RUNBOOK_TYPES_TOLD, intake::take);
    }
}
