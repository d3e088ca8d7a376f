package dev.golive.notification.intake;

import dev.golive.messaging.inbox.EventTypes;
import dev.golive.contracts.EventCatalog;
import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;


/**
 * Reads every topic of the platform (group {@code notification-hub}), one channel each (what cannot
 * be read goes to {@code <topic>.dlq.notification-hub}); each event is taken once ({@link EventIntake}),
 * in one transaction with the record of having seen it, so a redelivery sends nothing. One method per
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
    public void cutover(ConsumerRecord<String, byte[]> record) {
        inbox.consume(CUTOVER, record, intake::take);
    }

    @Incoming("staging-events")
    @Blocking
    public void staging(ConsumerRecord<String, byte[]> record) {
        inbox.consume(STAGING, record, intake::take);
    }

    @Incoming("integration-events")
    @Blocking
    public void integration(ConsumerRecord<String, byte[]> record) {
        inbox.consume(INTEGRATION, record, intake::take);
    }

    @Incoming("incident-events")
    @Blocking
    public void incident(ConsumerRecord<String, byte[]> record) {
        inbox.consume(INCIDENT, record, intake::take);
    }

    @Incoming("rollback-events")
    @Blocking
    public void rollback(ConsumerRecord<String, byte[]> record) {
        inbox.consume(ROLLBACK, record, intake::take);
    }

    @Incoming("testing-events")
    @Blocking
    public void testing(ConsumerRecord<String, byte[]> record) {
        inbox.consume(TESTING, record, intake::take);
    }

    @Incoming("runbook-events")
    @Blocking
    public void runbook(ConsumerRecord<String, byte[]> record) {
        if (!RUNBOOK_TYPES_TOLD.wanted(record)) {
            return;
        }
        inbox.consume(RUNBOOK, record, intake::take);
    }
}
