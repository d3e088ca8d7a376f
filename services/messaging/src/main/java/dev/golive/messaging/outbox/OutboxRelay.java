package dev.golive.messaging.outbox;

import dev.golive.messaging.trace.TraceParent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands outbox rows to Kafka in the order they were written, then marks them published.
 *
 * <p>One relay of this service works at a time across its instances (a PostgreSQL advisory lock
 * keyed by the service's CloudEvents source, held for the batch's transaction; other services' relays
 * have other keys and run alongside), which keeps each cutover's events in order on its partition.
 * A row is marked published only after the broker acknowledged it. When a send fails for a while
 * (broker away, timeout) the row, and every later row of the same cutover, stay for a later round;
 * rows of other cutovers that were acknowledged are marked, so nothing is sent twice for them; the
 * round stops and the next one waits longer each time (up to {@code max-backoff}). A row the broker
 * refuses for good (too large, invalid topic) is set aside with its reason, a warning and the
 * {@code golive.outbox.set.aside} counter, and the others go on. Delivery is at least once, and
 * consumers drop duplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** First half of the advisory lock key ("goli"); the second is a hash of the service's source. */
    private static final int RELAY_LOCK_CLASS = 0x676f6c69;
    /**
     * The outgoing channel every service configures for its outbox (connector smallrye-kafka,
     * String key and value serializers, cloud-events binary mode); each record names its topic.
     */
    public static final String CHANNEL = "golive-outbox";

    @Inject
    @Channel(CHANNEL)
    Emitter<String> emitter;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final AtomicLong backlog = new AtomicLong();
    /** When the oldest event still waiting was written (null: none waits), as of the last count. */
    private final AtomicReference<Instant> oldestWaiting = new AtomicReference<>();
    private final AtomicLong setAsideTotal = new AtomicLong();
    /** Consecutive failed rounds; the pause before the next round doubles with each. */
    private int failedRounds;
    private long nextRoundNanos;
    private long nextBacklogCountNanos;
    private ScheduledExecutorService executor;
    private URI source;
    private Counter relayed;
    private Counter sendFailures;
    private Counter setAside;

    void start(@Observes StartupEvent startup) {
        source = URI.create(config.source());
        relayed = registry.counter("golive.outbox.relayed");
        sendFailures = registry.counter("golive.outbox.send.failures");
        setAside = registry.counter("golive.outbox.set.aside");
        registry.gauge("golive.outbox.backlog", backlog);
        // Measured against the clock at each scrape, so it keeps growing while the relay is stuck (broker away)
        // between two counts: what the operator's alert on a stuck outbox watches.
        Gauge.builder("golive.outbox.oldest.age", this, OutboxRelay::oldestWaitingSeconds)
                .description("How long the oldest event not yet relayed has waited in the outbox")
                .baseUnit("seconds")
                .register(registry);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long period = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::relayPending, period, period, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** A committed change wakes the relay at once instead of at the next poll. */
    void wakeAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxAppended appended) {
        if (executor != null && wakeRequested.compareAndSet(false, true)) {
            executor.execute(() -> {
                wakeRequested.set(false);
                relayPending();
            });
        }
    }

    /** Relays until the outbox is empty or a round fails. Never throws: a later round retries. */
    synchronized void relayPending() {
        if (System.nanoTime() - nextRoundNanos < 0) {
            return; // backing off after a failed round
        }
        try {
            int batchSize = config.batchSize();
            Round round;
            do {
                round = QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).call(this::relayOneBatch);
            } while (round.complete() && round.handled() == batchSize);
            if (round.complete()) {
                failedRounds = 0;
            } else {
                backOff(round.failure());
            }
            countBacklog();
        } catch (RuntimeException e) {
            backOff(e.getMessage());
        }
    }

    private void backOff(String why) {
        failedRounds++;
        Duration pause = config.pollInterval().multipliedBy(1L << Math.min(failedRounds, 16));
        if (pause.compareTo(config.maxBackoff()) > 0) {
            pause = config.maxBackoff();
        }
        nextRoundNanos = System.nanoTime() + pause.toNanos();
        LOG.warnf("outbox relay round failed (%d in a row), next round in %s: %s", failedRounds, pause, why);
    }

    /** The backlog gauges, counted at most every few seconds rather than after every round. */
    private void countBacklog() {
        if (System.nanoTime() - nextBacklogCountNanos < 0) {
            return;
        }
        nextBacklogCountNanos = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Object[] waiting = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(e), min(e.occurredAt) from OutboxEvent e where e.publishedAt is null and e.setAsideAt is null",
                Object[].class).getSingleResult());
        backlog.set(((Number) waiting[0]).longValue());
        oldestWaiting.set((Instant) waiting[1]);
    }

    private double oldestWaitingSeconds() {
        Instant oldest = oldestWaiting.get();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** One batch: how many rows were published or set aside, and why the round stopped early if it did. */
    private record Round(int handled, String failure) {
        boolean complete() {
            return failure == null;
        }
    }

    private Round relayOneBatch() {
        Object locked = entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, RELAY_LOCK_CLASS)
                .setParameter(2, config.source())
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new Round(0, null); // another instance of this service is relaying
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null and setAsideAt is null order by seq")
                .page(0, config.batchSize())
                .list();
        // A cutover's rows go one after the other: each is handed to the producer once the one before it
        // is acknowledged (or set aside). Handed over all at once, a row retried by the client could be
        // written after a later one, or one given up at the deadline still be written after a later round
        // sent what follows it; consumers would then see a cutover's events out of order. Rows of
        // different cutovers still go in parallel.
        AtomicBoolean roundOver = new AtomicBoolean();
        Map<String, CompletableFuture<Void>> lastOfCutover = new HashMap<>();
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            CompletableFuture<Void> previous = lastOfCutover.get(row.key);
            CompletableFuture<Void> ack = previous == null ? send(row)
                    : previous.handleAsync((done, error) -> error == null || refusedForGood(error))
                            .thenCompose(go -> go && !roundOver.get() ? send(row)
                                    : CompletableFuture.failedFuture(new HeldBehind(row.key)));
            lastOfCutover.put(row.key, ack);
            acks.add(ack);
        }
        try {
            return awaitAcks(batch, acks);
        } finally {
            roundOver.set(true);
        }
    }

    private Round awaitAcks(List<OutboxEvent> batch, List<CompletableFuture<Void>> acks) {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Instant now = clock.instant();
        List<Long> published = new ArrayList<>(batch.size());
        Set<String> heldKeys = new HashSet<>();
        String failure = null;
        int handled = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            Throwable error = await(acks.get(i), deadline);
            if (error == null && !heldKeys.contains(row.key)) {
                published.add(row.seq);
                handled++;
            } else if (error != null && refusedForGood(error)) {
                row.setAsideAt = now;
                row.setAsideReason = truncate(error.getClass().getSimpleName() + ": " + error.getMessage(), 1000);
                setAside.increment();
                setAsideTotal.incrementAndGet();
                LOG.warnf("outbox event %s (%s of cutover %s) refused by the broker for good, set aside: %s",
                        row.id, row.type, row.key, row.setAsideReason);
                handled++;
            } else {
                // Kept for a later round, with everything after it of the same cutover, so its order holds.
                if (error != null && !(error instanceof HeldBehind)) {
                    sendFailures.increment();
                    failure = failure != null ? failure : "event " + row.id + " not acknowledged: " + error;
                }
                heldKeys.add(row.key);
            }
        }
        if (!published.isEmpty()) {
            entityManager.createQuery("update OutboxEvent set publishedAt = ?1 where seq in ?2")
                    .setParameter(1, now)
                    .setParameter(2, published)
                    .executeUpdate();
        }
        relayed.increment(published.size());
        return new Round(handled, failure);
    }

    /** Why a row was not sent this round: an earlier row of its cutover was not acknowledged. */
    private static final class HeldBehind extends RuntimeException {
        HeldBehind(String key) {
            super("behind an unacknowledged event of cutover " + key, null, false, false);
        }
    }

    /** Null once the broker acknowledged the send, else why not (a timeout included). */
    private static Throwable await(CompletableFuture<Void> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (Exception e) {
            return e;
        }
    }

    /**
     * True when no later attempt can succeed: the broker answered with a non-retriable error about this
     * record (too large, invalid topic, serialisation). Timeouts and retriable errors are transient.
     */
    static boolean refusedForGood(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof InvalidTopicException
                    || t instanceof SerializationException || t instanceof RecordBatchTooLargeException) {
                return true;
            }
            if (t instanceof RetriableException || t instanceof java.util.concurrent.TimeoutException) {
                return false;
            }
        }
        return false;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(row.payload)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                })
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.key)
                        .withHeaders(new TraceParent(row.traceparent, row.tracestate).toHeaders())
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(row.id.toString())
                        .withType(row.type)
                        .withSource(source)
                        .withSubject(row.key)
                        .withTimestamp(row.occurredAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build());
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    private int timeoutSeconds() {
        return (int) Math.max(30, config.sendTimeout().toSeconds() * 3);
    }
}
