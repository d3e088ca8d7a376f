package dev.golive.messaging.testapp;

import dev.golive.messaging.cutover.CutoverProjections;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A service's consumer of golive.cutover.v1, written the way MIGRATE.md asks services to write it. */
@ApplicationScoped
public class TestCutoverConsumer {

    public static final String CHANNEL = "test-cutover-events";
    public static final String CONSUMER = "messaging-test.cutover";

    private final CutoverProjections projections;
    private final TestReactions reactions;

    public TestCutoverConsumer(CutoverProjections projections, TestReactions reactions) {
        this.projections = projections;
        this.reactions = reactions;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        projections.consume(CONSUMER, record, TestProjection.class, reactions);
    }
}
