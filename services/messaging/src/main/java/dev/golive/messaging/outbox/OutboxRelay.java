package dev.golive.messaging.outbox;

import io.micrometer.core.instrument.Counter;
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

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands outbox rows to Kafka in the order they were written, then marks them published.
 *
 * <p>One relay works at a time across all instances (a PostgreSQL advisory lock held for the
 * batch's transaction), which keeps each cutover's events in order on its partition. A row
 * is marked published only after the broker acknowledged it; when the broker is away the
 * rows stay and the next round sends them again. Delivery is therefore at least once, and
 * consumers drop duplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: "golive-outbox" folded into a long; any constant unique in the schema works. */
    private static final long RELAY_LOCK = 0x676f6c6976656f62L;
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
    private ScheduledExecutorService executor;
    private URI source;
    private Counter relayed;
    private Counter sendFailures;

    void start(@Observes StartupEvent startup) {
        source = URI.create(config.source());
        relayed = registry.counter("golive.outbox.relayed");
        sendFailures = registry.counter("golive.outbox.send.failures");
        registry.gauge("golive.outbox.backlog", backlog);
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

    /** Relays until the outbox is empty or a send fails. Never throws: the next round retries. */
    void relayPending() {
        try {
            int batchSize = config.batchSize();
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).call(this::relayOneBatch);
            } while (sent == batchSize);
            backlog.set(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt is null")));
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay round failed, will retry: %s", e.getMessage());
        }
    }

    private int relayOneBatch() {
        Object locked = entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null order by seq")
                .page(0, config.batchSize())
                .list();
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            acks.add(send(row));
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Instant publishedAt = clock.instant();
        int published = 0;
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Keep this row and everything after it for the next round, so order holds.
                sendFailures.increment();
                LOG.debugf("event %s not acknowledged: %s", batch.get(i).id, e);
                break;
            }
            batch.get(i).publishedAt = publishedAt;
            published++;
        }
        relayed.increment(published);
        return published == batch.size() ? published : -1;
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
