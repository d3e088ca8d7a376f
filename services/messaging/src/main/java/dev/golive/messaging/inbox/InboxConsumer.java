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
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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
 * <p>A channel read in batches ({@code batch=true}: what one poll returned, up to {@code max.poll.records})
 * is taken by {@link #consumeBatch}: the wanted records of the batch in one transaction, with the same
 * guarantees — see there.
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
    private final EntityManager entityManager;
    /** Counted down once when the application stops: wakes a retry waiting for its next attempt. */
    private final CountDownLatch stopping = new CountDownLatch(1);

    public InboxConsumer(Inbox inbox, MeterRegistry registry, OpenTelemetry openTelemetry, EntityManager entityManager) {
        this.inbox = inbox;
        this.registry = registry;
        this.tracer = openTelemetry.getTracer(TRACER);
        this.entityManager = entityManager;
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
        Span span = startSpan(consumer, record);
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

    /** {@link #consumeBatch(String, KafkaRecordBatch, EventTypes, Consumer)} of every record of the batch. */
    public CompletionStage<Void> consumeBatch(String consumer, KafkaRecordBatch<String, byte[]> batch,
                                              Consumer<ReceivedEvent> handler) {
        return consumeBatch(consumer, batch, null, handler);
    }

    /**
     * Applies a polled batch once for {@code consumer}, in partition order: a service's {@code @Incoming}
     * method of a {@code batch=true} channel is {@code @Blocking}, takes the {@link KafkaRecordBatch} and
     * returns this (the batch is acknowledged or not by what it returns).
     *
     * <ul>
     * <li>Records whose type {@code wanted} does not name (null: all are wanted) are skipped before
     * anything: no inbox row, no transaction, no span; a batch of only such records costs nothing.
     * <li>The others are decoded, recorded in the inbox in one statement ({@link Inbox#firstDeliveries}),
     * and the first delivery of each is handed to {@code handler} in order — all in ONE transaction, each
     * record's handler in a consumer span of its own (a child of the record's {@code traceparent}, as
     * with {@link #consume}); the persistence context is flushed and cleared after each, so the work
     * per record stays the same however long the batch.
     * <li>A transient failure ({@link Failures#isTransient}) rolls the batch back and the batch is tried
     * again, waiting as {@link #consume} waits, for as long as it takes: its partitions wait.
     * <li>Anything else rolls the batch back and the batch is applied again record by record, each in a
     * transaction of its own exactly as {@link #consume} applies it; a record that fails for good there (or
     * could not be read at all) is handed to the channel's failure strategy on its own — SmallRye's
     * dead-letter queue writes it to the dead-letter topic with the headers it always writes
     * ({@code dead-letter-reason}, {@code -cause}, {@code -topic}, {@code -partition}, {@code -offset}, the
     * record's own) — and the next record goes on. A batch is acknowledged only once every dead letter of it
     * is on the broker.
     * <li>When the application stops before the batch is applied (also during a retry), the batch is
     * nacked with {@link StoppedBeforeApplied}: {@link DeadLetterUnlessStopped} neither dead-letters nor
     * acknowledges its records, so no offset of it is committed and the next start takes it again.
     * </ul>
     *
     * <p>Never nack a batch for any other reason: SmallRye's dead-letter queue would write every record of
     * it to the dead-letter topic (a nacked {@code IncomingKafkaRecordBatch} nacks each of its records).
     */
    public CompletionStage<Void> consumeBatch(String consumer, KafkaRecordBatch<String, byte[]> batch, EventTypes wanted,
                                              Consumer<ReceivedEvent> handler) {
        List<Delivery> deliveries = new ArrayList<>();
        for (KafkaRecord<String, byte[]> message : batch.getRecords()) {
            ConsumerRecord<String, byte[]> record = recordOf(message);
            if (wanted == null || wanted.wanted(record)) {
                deliveries.add(new Delivery(message, record));
            }
        }
        try {
            if (!deliveries.isEmpty()) {
                if (stopping.getCount() == 0) {
                    // Not begun: applied now, it could overtake a record of its partitions given up below.
                    throw new StoppedBeforeApplied(consumer, deliveries.get(0).record(), deliveries.size(), null);
                }
                applyBatch(consumer, deliveries, handler);
            }
        } catch (StoppedBeforeApplied stopped) {
            LOG.infof("%s", stopped.getMessage());
            return batch.nack(stopped);
        }
        return batch.ack();
    }

    /** A wanted record of a batch: the connector's message (to dead-letter it alone) and the Kafka record. */
    private record Delivery(KafkaRecord<String, byte[]> message, ConsumerRecord<String, byte[]> record) {
    }

    /** A record of a batch that could be read. */
    private record Readable(Delivery delivery, ReceivedEvent event) {
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> recordOf(KafkaRecord<String, byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, byte[]>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("a Kafka batch record without its consumer record"));
    }

    private void applyBatch(String consumer, List<Delivery> deliveries, Consumer<ReceivedEvent> handler) {
        List<Readable> readable = new ArrayList<>(deliveries.size());
        List<Delivery> unreadable = new ArrayList<>();
        List<RuntimeException> unreadableReasons = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            try {
                readable.add(new Readable(delivery, ReceivedEvent.of(delivery.record())));
            } catch (RuntimeException e) {
                unreadable.add(delivery);
                unreadableReasons.add(e);
            }
        }
        Duration wait = FIRST_RETRY;
        for (int attempt = 1; !readable.isEmpty(); attempt++) {
            List<Span> spans = new ArrayList<>(readable.size());
            try {
                QuarkusTransaction.requiringNew().run(() -> applyAllOnce(consumer, readable, handler, spans));
                endAll(spans, null);
                break;
            } catch (RuntimeException e) {
                endAll(spans, e);
                if (!Failures.isTransient(e)) {
                    LOG.infof("%s: a batch of %d failed (%s), applying its records one by one", consumer, readable.size(),
                            rootMessage(e));
                    // Every record, the unreadable ones too: the dead letters then follow the records' order.
                    applyOneByOne(consumer, deliveries, handler);
                    return;
                }
                registry.counter("golive.consumer.retries", "consumer", consumer).increment();
                LOG.warnf("%s: transient failure on a batch of %d (attempt %d), retrying in %s: %s", consumer,
                        readable.size(), attempt, wait, rootMessage(e));
                if (stoppedWhileWaiting(wait)) {
                    throw new StoppedBeforeApplied(consumer, readable.get(0).delivery().record(), deliveries.size(), e);
                }
                wait = next(wait);
            }
        }
        // After the readable ones are applied: a dead letter acknowledges its record, which must not let the
        // offsets of its partition be committed past records still to apply.
        for (int i = 0; i < unreadable.size(); i++) {
            deadLetter(consumer, unreadable.get(i), unreadableReasons.get(i));
        }
    }

    private void applyAllOnce(String consumer, List<Readable> readable, Consumer<ReceivedEvent> handler, List<Span> spans) {
        Set<String> first = new java.util.HashSet<>(inbox.firstDeliveries(consumer,
                readable.stream().map(Readable::event).toList()));
        for (Readable one : readable) {
            Span span = startSpan(consumer, one.delivery().record());
            spans.add(span);
            span.setAttribute("cloudevents.event_id", one.event().id())
                    .setAttribute("cloudevents.event_type", one.event().type());
            // remove: a second copy of the same event in the batch is a redelivery.
            boolean applies = first.remove(one.event().id());
            span.setAttribute("golive.redelivery", !applies);
            if (!applies) {
                LOG.debugf("%s drops redelivered %s %s", consumer, one.event().type(), one.event().id());
                continue;
            }
            try (Scope ignored = span.makeCurrent()) {
                handler.accept(one.event());
                // Written now, so a failure is this record's; cleared, so the next record's queries do not
                // flush and dirty-check every entity the batch has loaded so far.
                entityManager.flush();
                entityManager.clear();
            } catch (RuntimeException e) {
                span.recordException(e);
                throw e;
            }
        }
    }

    private static void endAll(List<Span> spans, RuntimeException failure) {
        for (Span span : spans) {
            if (failure != null) {
                span.setStatus(StatusCode.ERROR, "batch rolled back: " + failure.getClass().getSimpleName());
            }
            span.end();
        }
    }

    /** After a batch failed for good: each record alone, as {@link #consume} applies it, dead-lettering what fails. */
    private void applyOneByOne(String consumer, List<Delivery> deliveries, Consumer<ReceivedEvent> handler) {
        for (Delivery delivery : deliveries) {
            try {
                consume(consumer, delivery.record(), handler);
            } catch (StoppedBeforeApplied stopped) {
                throw new StoppedBeforeApplied(consumer, deliveries.get(0).record(), deliveries.size(), stopped.getCause());
            } catch (RuntimeException e) {
                deadLetter(consumer, delivery, e);
            }
        }
    }

    /**
     * Hands one record of a batch to the channel's failure strategy and waits until the dead-letter topic
     * has it; while the broker does not take it, tries again (waiting as a transient failure waits) until
     * it does or the application stops.
     */
    private void deadLetter(String consumer, Delivery delivery, Throwable reason) {
        ConsumerRecord<String, byte[]> record = delivery.record();
        LOG.warnf("%s: %s-%d@%d goes to the dead-letter topic: %s", consumer, record.topic(), record.partition(),
                record.offset(), reason.getMessage());
        Duration wait = FIRST_RETRY;
        while (true) {
            try {
                delivery.message().nack(reason).toCompletableFuture().get();
                return;
            } catch (ExecutionException e) {
                LOG.warnf("%s: the dead-letter topic did not take %s-%d@%d, trying again in %s: %s", consumer,
                        record.topic(), record.partition(), record.offset(), wait, rootMessage(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoppedBeforeApplied(consumer, record, e);
            }
            if (stoppedWhileWaiting(wait)) {
                throw new StoppedBeforeApplied(consumer, record, reason);
            }
            wait = next(wait);
        }
    }

    private static Duration next(Duration wait) {
        return wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
    }

    private Span startSpan(String consumer, ConsumerRecord<String, byte[]> record) {
        // A child of the span that appended the event in the producing service (its traceparent header), so one
        // request's spans in every service share one trace; a record without one begins a trace of its own.
        // Current while the handler runs: the events it appends carry this span on to the next service.
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceParent.parentOf(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
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
                wait = next(wait);
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
