package dev.golive.messaging.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record this instance did not apply because it is stopping, while the record was being retried
 * or before it began: nothing is wrong with it. {@link DeadLetterUnlessStopped} leaves it
 * unacknowledged, so its offset is not committed and the next consumer of the partition applies it.
 */
public final class StoppedBeforeApplied extends RuntimeException {

    StoppedBeforeApplied(String consumer, ConsumerRecord<?, ?> record, Throwable lastFailure) {
        super(consumer + " stopping: " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + " left for the next start" + (lastFailure == null ? "" : " (it was being retried)"), lastFailure,
                false, false); // an expected outcome, logged by the connector: no stack trace to add
    }

    /** The whole polled batch that began with {@code first} is left for the next start. */
    StoppedBeforeApplied(String consumer, ConsumerRecord<?, ?> first, int records, Throwable lastFailure) {
        super(consumer + " stopping: a batch of " + records + " record(s) from " + first.topic() + "-"
                + first.partition() + "@" + first.offset() + " left for the next start"
                + (lastFailure == null ? "" : " (it was being retried)"), lastFailure, false, false);
    }
}
