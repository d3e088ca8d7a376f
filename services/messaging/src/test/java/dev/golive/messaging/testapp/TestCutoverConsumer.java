package dev.golive.messaging.testapp;

import dev.golive.messaging.cutover.CutoverProjections;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * A service's consumer of golive.cutover.v1, written the way MIGRATE.md asks services to write it: a
 * {@code batch=true} channel, one transaction per polled batch.
 */
@ApplicationScoped
public class TestCutoverConsumer {

    public static final String CHANNEL = "test-cutover-events";
    public static final String CONSUMER = "messaging-test.cutover";

    /** Batches being handled right now. */
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static volatile boolean stopOnceIdle;

    private final CutoverProjections projections;
    private final TestReactions reactions;

    public TestCutoverConsumer(CutoverProjections projections, TestReactions reactions) {
        this.projections = projections;
        this.reactions = reactions;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        IN_FLIGHT.incrementAndGet();
        try {
            return projections.consumeBatch(CONSUMER, batch, TestProjection.class, reactions);
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }

    /**
     * From now on the application's stop waits, after the library's own shutdown observers, until the
     * record in hand is done with — applied, given up or thrown — while the channel still runs, so what
     * the consumer does with a record at the stop decides its fate, not how fast the stop happens to be.
     */
    public static void holdTheStopUntilIdle() {
        stopOnceIdle = true;
    }

    void stopOnceIdle(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) ShutdownEvent shutdown) {
        if (stopOnceIdle) {
            await("the record in hand done with").atMost(Duration.ofSeconds(20)).until(() -> IN_FLIGHT.get() == 0);
        }
    }
}
