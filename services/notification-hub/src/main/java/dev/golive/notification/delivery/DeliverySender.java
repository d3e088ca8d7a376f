package dev.golive.notification.delivery;

import dev.golive.contracts.notification.NotificationFailed;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.notification.NotificationConfig;
import dev.golive.notification.domain.Channel;
import dev.golive.notification.domain.RetryPolicy;
import dev.golive.notification.stakeholder.WebhookTargetRow;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the pending e-mail and webhook deliveries whose attempt is due, outside the transaction
 * that wrote them.
 *
 * <p>A round first claims a batch in a short transaction ({@code FOR UPDATE SKIP LOCKED}, so two
 * instances never take the same row): each claimed row counts one more attempt and its next
 * attempt moves a lease ahead. Then each is sent, and the outcome is recorded in its own
 * transaction: SENT, or the next attempt of the {@link RetryPolicy}, or FAILED once the attempts
 * are spent. A process that dies between the send and the record leaves the row claimed; when the
 * lease is over it is sent again — at least once to the receiver, once in the log; receivers drop
 * repeats by the {@value Outgoing#DELIVERY_HEADER} header (e-mail) or the {@code webhook-id} (webhooks). A batch that takes longer than half its
 * lease (slow receivers) extends the lease of what it has not sent yet, so another instance never
 * takes those rows while this one still holds them.
 *
 * <p>Pages go in a lane of their own: a notice stuck behind a slow or failing webhook never delays
 * the page that wakes the on-call person.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    @Inject
    NotificationConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    EmailChannel email;

    @Inject
    WebhookChannel webhook;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    /** Which deliveries a sender thread takes: pages, or everything else. */
    enum Lane {
        PAGES("page_id IS NOT NULL"), NOTICES("page_id IS NULL");

        final String condition;

        Lane(String condition) {
            this.condition = condition;
        }
    }

    private final Map<Lane, AtomicBoolean> wakeRequested = new EnumMap<>(Map.of(
            Lane.PAGES, new AtomicBoolean(), Lane.NOTICES, new AtomicBoolean()));
    private final Map<Lane, ScheduledExecutorService> executors = new EnumMap<>(Lane.class);
    private RetryPolicy retry;

    void start(@Observes StartupEvent startup) {
        NotificationConfig.Retry r = config.retry();
        retry = new RetryPolicy(r.firstDelay(), r.multiplier(), r.maxDelay(), r.maxAttempts());
        long period = config.sender().pollInterval().toMillis();
        for (Lane lane : Lane.values()) {
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "delivery-sender-" + lane.name().toLowerCase(java.util.Locale.ROOT));
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(() -> sendDue(lane), period, period, TimeUnit.MILLISECONDS);
            executors.put(lane, executor);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executors.values().forEach(ScheduledExecutorService::shutdownNow);
    }

    /** Deliveries just committed are sent at once instead of at the next poll. */
    void wakeAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Deliveries.DeliveriesWritten written) {
        executors.forEach((lane, executor) -> {
            if (wakeRequested.get(lane).compareAndSet(false, true)) {
                executor.execute(() -> {
                    wakeRequested.get(lane).set(false);
                    sendDue(lane);
                });
            }
        });
    }

    /** Sends the lane's deliveries until nothing is due. Never throws: the next round tries again. */
    void sendDue(Lane lane) {
        try {
            List<Outgoing> claimed;
            do {
                Instant claimedAt = clock.instant();
                claimed = QuarkusTransaction.requiringNew().call(() -> claim(lane));
                for (int i = 0; i < claimed.size(); i++) {
                    if (clock.instant().isAfter(claimedAt.plus(config.sender().lease().dividedBy(2)))) {
                        List<Outgoing> rest = claimed.subList(i, claimed.size());
                        claimedAt = clock.instant();
                        Instant extendedTo = claimedAt.plus(config.sender().lease());
                        QuarkusTransaction.requiringNew().run(() -> extendLease(rest, extendedTo));
                    }
                    send(claimed.get(i));
                }
            } while (claimed.size() == config.sender().batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("delivery round (%s) failed, will retry: %s", lane, e.getMessage());
        }
    }

    /** Keeps the claim on rows not sent yet (and still this attempt's) past the original lease. */
    private void extendLease(List<Outgoing> rest, Instant until) {
        for (Outgoing delivery : rest) {
            stillClaimed(delivery).ifPresent(row -> row.nextAttemptAt = until);
        }
    }

    private void send(Outgoing delivery) {
        try {
            if (delivery.channel() == Channel.EMAIL) {
                email.send(delivery);
            } else {
                webhook.send(delivery);
            }
        } catch (RuntimeException e) {
            String reason = reason(e);
            LOG.infof("%s not delivered: %s", delivery, reason);
            registry.counter("golive.notification.delivery.failures", "channel", delivery.channel().name()).increment();
            QuarkusTransaction.requiringNew().run(() -> failed(delivery, reason));
            return;
        }
        registry.counter("golive.notification.delivered", "channel", delivery.channel().name()).increment();
        QuarkusTransaction.requiringNew().run(() -> sent(delivery));
    }

    private List<Outgoing> claim(Lane lane) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery("""
                        SELECT id FROM delivery
                        WHERE status = 'PENDING' AND next_attempt_at <= ?1 AND %s
                        ORDER BY next_attempt_at, created_at
                        LIMIT ?2
                        FOR UPDATE SKIP LOCKED""".formatted(lane.condition))
                .setParameter(1, utc(now))
                .setParameter(2, config.sender().batchSize())
                .getResultList();
        Instant leaseEnd = now.plus(config.sender().lease());
        return ids.stream().map(id -> {
            DeliveryRow row = entityManager.find(DeliveryRow.class, id);
            row.attempts++;
            row.nextAttemptAt = leaseEnd;
            row.updatedAt = now;
            return outgoing(row);
        }).toList();
    }

    private static Outgoing outgoing(DeliveryRow row) {
        Optional<WebhookTargetRow> target = row.channel == Channel.WEBHOOK && row.targetId != null
                ? Optional.ofNullable(WebhookTargetRow.findById(row.targetId)) : Optional.empty();
        return new Outgoing(row.id, row.cutoverId, row.channel, row.address, row.noticeKind, row.severity, row.subject,
                row.body, row.sourceEventId, row.sourceEventType, row.pageId, row.attempts,
                target.map(t -> t.format), target.map(t -> t.secret), row.stakeholderId);
    }

    /** Recorded only while the row is still this attempt's (an admin may have changed it meanwhile). */
    private Optional<DeliveryRow> stillClaimed(Outgoing delivery) {
        DeliveryRow row = entityManager.find(DeliveryRow.class, delivery.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.status != DeliveryStatus.PENDING || row.attempts != delivery.attempt()) {
            return Optional.empty();
        }
        return Optional.of(row);
    }

    private void sent(Outgoing delivery) {
        stillClaimed(delivery).ifPresent(row -> {
            Instant now = clock.instant();
            row.status = DeliveryStatus.SENT;
            row.sentAt = now;
            row.nextAttemptAt = null;
            row.lastError = null;
            row.updatedAt = now;
            outbox.append(Deliveries.delivered(row, now));
        });
    }

    private void failed(Outgoing delivery, String reason) {
        stillClaimed(delivery).ifPresent(row -> {
            Instant now = clock.instant();
            row.lastError = reason;
            row.updatedAt = now;
            Optional<Instant> next = retry.next(row.attempts, now);
            if (next.isPresent()) {
                row.nextAttemptAt = next.get();
                return;
            }
            row.status = DeliveryStatus.FAILED;
            row.nextAttemptAt = null;
            outbox.append(new NotificationFailed(row.cutoverId.toString(), row.id.toString(), Deliveries.recipientId(row),
                    row.channel.name(), row.sourceEventId, row.sourceEventType, row.attempts, reason, now));
        });
    }

    /** Why a send failed, short and without the message or any secret. */
    private static String reason(RuntimeException e) {
        String text = e instanceof WebhookChannel.WebhookFailure ? e.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 900 ? text.substring(0, 900) + "…" : text;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
