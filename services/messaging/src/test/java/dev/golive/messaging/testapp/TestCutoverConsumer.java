package dev.golive.messaging.testapp;

import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.inbox.InboxConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A service's consumer of golive.cutover.v1, written the way MIGRATE.md asks services to write it. */
@ApplicationScoped
public class TestCutoverConsumer {

    public static final String CHANNEL = "test-cutover-events";
    public static final String CONSUMER = "messaging-test.cutover";

    private final InboxConsumer inbox;
    private final CutoverProjections projections;
    private final TestReactions reactions;

    public TestCutoverConsumer(InboxConsumer inbox, CutoverProjections projections, TestReactions reactions) {
        this.inbox = inbox;
        this.projections = projections;
        this.reactions = reactions;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, byte[]> record) {
        inbox.consume(CONSUMER, record,
                received -> projections.apply(received.event(), TestProjection.class, reactions));
    }
}
