package dev.golive.messaging.inbox;

import dev.golive.messaging.trace.TraceParent;
import dev.golive.scheduling.failure.Failures;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * How every Golive service takes one record of a topic it reads: decode it as a CloudEvent of the
 * catalogue ({@link ReceivedEvent}), drop it when this consumer has applied its id already
 * ({@link Inbox}), otherwise hand it to the service's handler — the inbox row and the effect in one
 * transaction of their own.
 *
 * <p>Failures are told apart ({@link Failures}). A transient one (database restarting, lock or
 * serialisation conflict, timeout) is retried in a new transaction, waiting 0.5 s, then twice as long
 * each time up to 30 s, for as long as it takes: the record's partition waits, so the cutover's order
 * holds, and nothing is lost. Anything else — a record that cannot be read
 * ({@link dev.golive.contracts.EventCodec.UnreadableEventException}), an event that breaks its
 * contract, a bug — is thrown; the channel's dead-letter strategy (defaults in this library's
 * {@code microprofile-config.properties}) moves it to the service's dead-letter topic with the
 * message as the reason, and the partition goes on. A service's {@code @Incoming} method is therefore
 * {@code @Blocking} and a call to {@link #consume}.
 *
 * <p>When the application stops, a record still being retried is given up without an answer
 * ({@link StoppedBeforeApplied}), and so is any record that arrives while it stops: the channel's
 * failure strategy ({@link DeadLetterUnlessStopped}) neither dead-letters nor acknowledges it, so its
 * offset is not committed and the next start — of this instance or another — takes it again, in order.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    /** The instrumentation scope of the consumers' spans. */
    static final String TRACER = "dev.golive.messaging";

    private final Inbox inbox;
    private final MeterRegistry registry;
    private final Tracer tracer;
    /** Counted down once when the application stops: wakes a retry waiting for its next attempt. */
    private final CountDownLatch stopping = new CountDownLatch(1);

    public InboxConsumer(Inbox inbox, MeterRegistry registry, OpenTelemetry openTelemetry) {
        this.inbox = inbox;
        this.registry = registry;
        this.tracer = openTelemetry.getTracer(TRACER);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping.countDown();
    }

    /**
     * Applies the record once for {@code consumer} (e.g. {@code weekend-testing.cutover}).
     *
     * @return true when the handler ran, false for a redelivery
     */
    public boolean consume(String consumer, ConsumerRecord<String, byte[]> record, Consumer<ReceivedEvent> handler) {
        // A child of the span that appended the event in the producing service (its traceparent header), so one
        // request's spans in every service share one trace; a record without one begins a trace of its own.
        // Current while the handler runs: the events it appends carry this span on to the next service.
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceParent.parentOf(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            boolean applied = consumeInSpan(consumer, record, handler);
            span.setAttribute("golive.redelivery", !applied);
            return applied;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private boolean consumeInSpan(String consumer, ConsumerRecord<String, byte[]> record, Consumer<ReceivedEvent> handler) {
        if (stopping.getCount() == 0) {
            // Not begun: applied now, it could overtake a record of its partition given up below.
            throw new StoppedBeforeApplied(consumer, record, null);
        }
        ReceivedEvent received = ReceivedEvent.of(record);
        Span.current().setAttribute("cloudevents.event_id", received.id())
                .setAttribute("cloudevents.event_type", received.type());
        Duration wait = FIRST_RETRY;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, received, handler));
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw e;
                }
                registry.counter("golive.consumer.retries", "consumer", consumer).increment();
                LOG.warnf("%s: transient failure on %s %s (attempt %d), retrying in %s: %s", consumer,
                        received.type(), received.id(), attempt, wait, rootMessage(e));
                if (stoppedWhileWaiting(wait)) {
                    throw new StoppedBeforeApplied(consumer, record, e);
                }
                wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
            }
        }
    }

    private boolean applyOnce(String consumer, ReceivedEvent received, Consumer<ReceivedEvent> handler) {
        if (!inbox.firstDelivery(consumer, received.id(), received.type())) {
            LOG.debugf("%s drops redelivered %s %s", consumer, received.type(), received.id());
            return false;
        }
        handler.accept(received);
        return true;
    }

    /** Waits before the next attempt; true, at once, when the application stops meanwhile (or the thread is interrupted). */
    private boolean stoppedWhileWaiting(Duration wait) {
        try {
            return stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
