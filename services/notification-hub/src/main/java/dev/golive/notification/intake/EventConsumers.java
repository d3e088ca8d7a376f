package dev.golive.notification.intake;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads every topic of the platform (group {@code notification-hub}), one channel each. Each event
 * is taken in one transaction with the record of having seen it ({@link EventIntake}), so a
 * redelivery changes nothing and sends nothing; a record that cannot be read throws, and the
 * channel's dead-letter strategy moves it to {@code <topic>.dlq.notification-hub} with the reason.
 */
@ApplicationScoped
public class EventConsumers {

    public static final String CUTOVER = "notification-hub.cutover";
    public static final String STAGING = "notification-hub.staging";
    public static final String INTEGRATION = "notification-hub.integration";
    public static final String INCIDENT = "notification-hub.incident";
    public static final String ROLLBACK = "notification-hub.rollback";
    public static final String TESTING = "notification-hub.testing";

    @Inject
    EventIntake intake;

    @Incoming("cutover-events")
    @Blocking
    @Transactional
    public void cutover(ConsumerRecord<String, byte[]> record) {
        intake.take(CUTOVER, record);
    }

    @Incoming("staging-events")
    @Blocking
    @Transactional
    public void staging(ConsumerRecord<String, byte[]> record) {
        intake.take(STAGING, record);
    }

    @Incoming("integration-events")
    @Blocking
    @Transactional
    public void integration(ConsumerRecord<String, byte[]> record) {
        intake.take(INTEGRATION, record);
    }

    @Incoming("incident-events")
    @Blocking
    @Transactional
    public void incident(ConsumerRecord<String, byte[]> record) {
        intake.take(INCIDENT, record);
    }

    @Incoming("rollback-events")
    @Blocking
    @Transactional
    public void rollback(ConsumerRecord<String, byte[]> record) {
        intake.take(ROLLBACK, record);
    }

    @Incoming("testing-events")
    @Blocking
    @Transactional
    public void testing(ConsumerRecord<String, byte[]> record) {
        intake.take(TESTING, record);
    }
}
