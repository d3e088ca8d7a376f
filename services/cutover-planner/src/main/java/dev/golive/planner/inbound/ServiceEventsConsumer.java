package dev.golive.planner.inbound;

import dev.golive.messaging.inbox.EventTypes;
import dev.golive.contracts.EventCatalog;
import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;


/**
 * Reads the other services' topics (group {@code cutover-planner}): staging, integration,
 * testing, incident, rollback and runbook events feed the go/no-go gates and move the status
 * through the weekend. Each event is applied once (by its CloudEvents id, per topic) in one transaction with
 * the record of having seen it; a record that cannot be read throws, and the channel's
 * dead-letter strategy moves it to {@code <topic>.dlq.cutover-planner} with the reason.
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
    public void staging(ConsumerRecord<String, byte[]> record) {
        consume("cutover-planner.staging", record);
    }

    @Incoming(INTEGRATION)
    @Blocking
    public void integration(ConsumerRecord<String, byte[]> record) {
        consume("cutover-planner.integration", record);
    }

    @Incoming(TESTING)
    @Blocking
    public void testing(ConsumerRecord<String, byte[]> record) {
        consume("cutover-planner.testing", record);
    }

    @Incoming(INCIDENT)
    @Blocking
    public void incident(ConsumerRecord<String, byte[]> record) {
        consume("cutover-planner.incident", record);
    }

    @Incoming(ROLLBACK)
    @Blocking
    public void rollback(ConsumerRecord<String, byte[]> record) {
        consume("cutover-planner.rollback", record);
    }

    @Incoming(RUNBOOK)
    @Blocking
    public void runbook(ConsumerRecord<String, byte[]> record) {
        if (!RUNBOOK_TYPES_USED.wanted(record)) {
            // The projection and overdue tasks are the runbook's own business: not even recorded as seen.
            // (A record without a type goes on to the inbox, which sends it to the dead letter topic.)
            return;
        }
        consume("cutover-planner.runbook", record);
    }

    private void consume(String consumer, ConsumerRecord<String, byte[]> record) {
        inbox.consume(consumer, record, received -> events.apply(received.event()));
    }
}
