package dev.golive.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.util.function.BiConsumer;

/**
 * The failure strategy of every incoming channel ({@value #NAME}, set at the connector level in this
 * library's {@code microprofile-config.properties}): the connector's own dead-letter queue, except for
 * a record the consumer gave up because the application is stopping ({@link StoppedBeforeApplied}).
 * That one is neither written to the dead-letter topic nor acknowledged: the connector's throttled
 * commit strategy commits a partition only up to its oldest unacknowledged record, so the record —
 * and whatever came after it — is read again by the next start of the service or by the instance
 * that takes the partition over.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopped.NAME)
public class DeadLetterUnlessStopped implements KafkaFailureHandler.Factory {

    public static final String NAME = "golive-dead-letter-queue";
    private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopped.class);

    /** Counted per topic and channel once the dead-letter topic took the record: the operator's alert is on any. */
    public static final String DEAD_LETTERED = "golive.consumer.dead.lettered";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final MeterRegistry registry;

    public DeadLetterUnlessStopped(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
            KafkaFailureHandler.Factory deadLetterQueue, MeterRegistry registry) {
        this.deadLetterQueue = deadLetterQueue;
        this.registry = registry;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetters = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (stoppedBeforeApplied(reason)) {
                    LOG.infof("%s: %s-%d@%d not applied before the stop, left uncommitted for the next start",
                            config.getChannel(), record.getTopic(), record.getPartition(), record.getOffset());
                    return Uni.createFrom().voidItem();
                }
                return deadLetters.handle(record, reason, metadata)
                        .invoke(() -> registry.counter(DEAD_LETTERED, "topic", record.getTopic(),
                                "channel", config.getChannel()).increment());
            }

            @Override
            public void terminate() {
                deadLetters.terminate();
            }
        };
    }

    private static boolean stoppedBeforeApplied(Throwable reason) {
        for (Throwable t = reason; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoppedBeforeApplied) {
                return true;
            }
        }
        return false;
    }
}
