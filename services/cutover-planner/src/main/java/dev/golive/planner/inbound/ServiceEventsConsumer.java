package dev.golive.planner.inbound;

import dev.golive.messaging.inbox.EventTypes;
import dev.golive.contracts.EventCatalog;
import dev.golive.messaging.inbox.InboxConsumer;
import dev.golive.messaging.inbox.ReceivedEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Reads the other services' topics (group {@code cutover-planner}): staging, integration,
 * testing, incident, rollback and runbook events feed the go/no-go gates and move the status
 * through the weekend. Each channel is read in batches ({@code batch=true}): the events of one poll are
 * applied once each (by their CloudEvents id, per topic) in one transaction with the record of having seen
 * them ({@link InboxConsumer#consumeBatch}); a record that cannot be read or applied is moved alone to
 * {@code <topic>.dlq.cutover-planner} with the reason, and the others are applied.
 */
@ApplicationScoped
public class ServiceEventsConsumer {

    public static final String STAGING = "staging-events";
    public static final String INTEGRATION = "integration-events";
    public static final String TESTING = "testing-events";
    public static final String INCIDENT = "incident-events";
    public static final String ROLLBACK = "rollback-events";
    public static final String RUNBOOK = "runbook-events";

    /** What the planner reads of the runbook topic: the tasks (for the weekend's facts) and the readiness (a gate). */
    private static final EventTypes RUNBOOK_TYPES_USED = EventTypes.of(EventCatalog.RUNBOOK_TASK_CHANGED,
            EventCatalog.RUNBOOK_READINESS_CHANGED);

    private final InboxConsumer inbox;
    private final WeekendEvents events;

    public ServiceEventsConsumer(InboxConsumer inbox, WeekendEvents events) {
        this.inbox = inbox;
        this.events = events;
    }

    @Incoming(STAGING)
    @Blocking
    public CompletionStage<Void> staging(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch("cutover-planner.staging", batch, this::apply);
    }

    @Incoming(INTEGRATION)
    @Blocking
    public CompletionStage<Void> integration(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch("cutover-planner.integration", batch, this::apply);
    }

    @Incoming(TESTING)
    @Blocking
    public CompletionStage<Void> testing(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch("cutover-planner.testing", batch, this::apply);
    }

    @Incoming(INCIDENT)
    @Blocking
    public CompletionStage<Void> incident(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch("cutover-planner.incident", batch, this::apply);
    }

    @Incoming(ROLLBACK)
    @Blocking
    public CompletionStage<Void> rollback(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch("cutover-planner.rollback", batch, this::apply);
    }

    @Incoming(RUNBOOK)
    @Blocking
    public CompletionStage<Void> runbook(KafkaRecordBatch<String, byte[]> batch) {
        // The projection and overdue tasks are the runbook's own business: not even recorded as seen.
        // (A record without a type goes on to the inbox, which sends it to the dead letter topic.)
        return inbox.consumeBatch("cutover-planner.runbook", batch, RUNBOOK_TYPES_USED, this::apply);
    }

    private void apply(ReceivedEvent received) {
        events.apply(received.event());
    }
}
