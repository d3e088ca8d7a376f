package dev.golive.contracts;

/**
 * Kafka topic names. Every topic is keyed by cutover id so that one cutover's events stay
 * on one partition, in order. The version in the name changes only on a breaking change of
 * the whole topic; single event types are versioned in their own type names.
 */
public final class Topics {
    public static final String CUTOVER = "golive.cutover.v1";
    public static final String STAGING = "golive.staging.v1";
    public static final String INTEGRATION = "golive.integration.v1";
    public static final String TESTING = "golive.testing.v1";
    public static final String INCIDENT = "golive.incident.v1";
    public static final String ROLLBACK = "golive.rollback.v1";
    public static final String NOTIFICATION = "golive.notification.v1";
    public static final String RUNBOOK = "golive.runbook.v1";

    /** The dead letter topic a consumer group sends what it cannot read from {@code topic}. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + ".dlq." + consumerGroup;
    }

    private Topics() {
    }
}
