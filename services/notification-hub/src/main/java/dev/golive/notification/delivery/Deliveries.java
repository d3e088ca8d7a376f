package dev.golive.notification.delivery;

import dev.golive.contracts.notification.NotificationDelivered;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.notification.domain.Addressee;
import dev.golive.notification.domain.Channel;
import dev.golive.notification.domain.DeliveryKey;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.Recipient;
import dev.golive.notification.domain.Routing;
import dev.golive.notification.domain.StakeholderRole;
import dev.golive.notification.feed.FeedItemRow;
import dev.golive.notification.NotificationConfig;
import dev.golive.notification.message.Message;
import dev.golive.notification.message.MessageRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a notice into deliveries, in the transaction of what caused it: one row per addressee
 * ({@link Routing}) keyed by {@link DeliveryKey}, so a notice written twice (an event consumed
 * again, a timer that fired twice) writes nothing more. E-mail and webhook rows wait PENDING for
 * the {@link DeliverySender}; a feed row is the feed item itself, delivered at once.
 */
@ApplicationScoped
public class Deliveries {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    MessageRenderer renderer;

    @Inject
    NotificationConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Event<DeliveriesWritten> written;

    /** What a notice is about, as the messages name it. */
    public record About(UUID cutoverId, String cutoverName, ZoneId cutoverZone, Optional<UUID> pageId,
                        Optional<Instant> nextUpdateBy, Map<String, String> names) {

        /** {@code names}: the names people go by, login in lower case → name; messages use them instead of logins. */
        public About {
            names = Map.copyOf(names);
        }

        public About(UUID cutoverId, String cutoverName, ZoneId cutoverZone, Optional<UUID> pageId,
                     Optional<Instant> nextUpdateBy) {
            this(cutoverId, cutoverName, cutoverZone, pageId, nextUpdateBy, Map.of());
        }
    }

    /** Fired when pending deliveries were written, observed after commit to wake the sender. */
    public record DeliveriesWritten() {
    }

    /** The deliveries newly written (none for a notice already delivered). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DeliveryRow> write(Notice notice, List<Recipient> recipients, About about) {
        Instant now = clock.instant();
        Map<String, Message> messages = new HashMap<>();
        List<DeliveryRow> rows = new ArrayList<>();
        boolean pending = false;
        for (Addressee addressee : Routing.recipients(notice, recipients)) {
            Recipient reader = addressee.recipient();
            Message message = messages.computeIfAbsent(reader.stakeholderId(),
                    id -> renderer.render(notice, reader, about.cutoverName(), about.cutoverZone(),
                            nextUpdateFor(reader, about), now, about.names()));
            if (addressee.channel() == Channel.EMAIL) {
                message = new Message(message.subject(), message.body() + "\n\n" + renderer.mailFooter(reader,
                        about.cutoverName(), manageUrl(about.cutoverId())));
            }
            DeliveryRow row = row(notice, addressee, message, about, now);
            if (!insert(row)) {
                continue;
            }
            if (row.channel == Channel.FEED) {
                feed(row);
            } else {
                pending = true;
            }
            rows.add(row);
        }
        if (pending) {
            written.fire(new DeliveriesWritten());
        }
        return rows;
    }

    /** Where a person chooses what they receive about the cutover: the console's page of their notifications. */
    private String manageUrl(UUID cutoverId) {
        return config.consoleUrl().replaceAll("/+$", "") + "/me/notifications?cutover=" + cutoverId;
    }

    /** Business stakeholders are told when they will hear from us next, while the go-live runs. */
    private static Optional<Instant> nextUpdateFor(Recipient reader, About about) {
        return reader.role() == StakeholderRole.BUSINESS_STAKEHOLDER ? about.nextUpdateBy() : Optional.empty();
    }

    private DeliveryRow row(Notice notice, Addressee addressee, Message message, About about, Instant now) {
        Recipient reader = addressee.recipient();
        DeliveryRow row = new DeliveryRow();
        row.id = UUID.randomUUID();
        row.idempotencyKey = DeliveryKey.of(notice, addressee);
        row.cutoverId = about.cutoverId();
        row.stakeholderId = stakeholderId(reader);
        row.recipient = reader.username();
        row.channel = addressee.channel();
        row.targetId = addressee.webhook().map(t -> UUID.fromString(t.id())).orElse(null);
        row.address = switch (addressee.channel()) {
            case EMAIL -> reader.email().orElse(null);
            case WEBHOOK -> addressee.webhook().map(t -> t.url()).orElse(null);
            case FEED -> null;
        };
        row.noticeKind = notice.kind();
        row.severity = notice.severity();
        row.sourceEventId = notice.sourceEventId();
        row.sourceEventType = notice.sourceEventType();
        row.pageId = about.pageId().orElse(null);
        row.subject = message.subject();
        row.body = message.body();
        row.status = addressee.channel() == Channel.FEED ? DeliveryStatus.SENT : DeliveryStatus.PENDING;
        row.attempts = addressee.channel() == Channel.FEED ? 1 : 0;
        row.nextAttemptAt = addressee.channel() == Channel.FEED ? null : now;
        row.createdAt = now;
        row.sentAt = addressee.channel() == Channel.FEED ? now : null;
        row.updatedAt = now;
        return row;
    }

    /** Inserts unless a delivery with the same key exists; true when inserted. */
    private boolean insert(DeliveryRow row) {
        return entityManager.createNativeQuery("""
                        INSERT INTO delivery (id, idempotency_key, cutover_id, stakeholder_id, recipient, channel, target_id,
                            address, notice_kind, severity, source_event_id, source_event_type, page_id, subject, body,
                            status, attempts, next_attempt_at, created_at, sent_at, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .setParameter(1, row.id)
                .setParameter(2, row.idempotencyKey)
                .setParameter(3, row.cutoverId)
                .setParameter(4, row.stakeholderId)
                .setParameter(5, row.recipient)
                .setParameter(6, row.channel.name())
                .setParameter(7, row.targetId)
                .setParameter(8, row.address)
                .setParameter(9, row.noticeKind.name())
                .setParameter(10, row.severity.name())
                .setParameter(11, row.sourceEventId)
                .setParameter(12, row.sourceEventType)
                .setParameter(13, row.pageId)
                .setParameter(14, row.subject)
                .setParameter(15, row.body)
                .setParameter(16, row.status.name())
                .setParameter(17, row.attempts)
                .setParameter(18, utc(row.nextAttemptAt))
                .setParameter(19, utc(row.createdAt))
                .setParameter(20, utc(row.sentAt))
                .setParameter(21, utc(row.updatedAt))
                .executeUpdate() == 1;
    }

    private void feed(DeliveryRow row) {
        FeedItemRow item = new FeedItemRow();
        item.id = UUID.randomUUID();
        item.deliveryId = row.id;
        item.cutoverId = row.cutoverId;
        item.username = row.recipient;
        item.noticeKind = row.noticeKind;
        item.severity = row.severity;
        item.subject = row.subject;
        item.body = row.body;
        item.pageId = row.pageId;
        item.createdAt = row.createdAt;
        item.persist();
        outbox.append(delivered(row, row.createdAt));
    }

    static NotificationDelivered delivered(DeliveryRow row, Instant at) {
        return new NotificationDelivered(row.cutoverId.toString(), row.id.toString(), recipientId(row),
                row.channel.name(), row.sourceEventId, row.sourceEventType, row.subject, row.attempts, at);
    }

    /** The stakeholder id, or the username of someone reached only through the roster. */
    static String recipientId(DeliveryRow row) {
        return row.stakeholderId != null ? row.stakeholderId.toString() : row.recipient;
    }

    private static UUID stakeholderId(Recipient reader) {
        try {
            return UUID.fromString(reader.stakeholderId());
        } catch (IllegalArgumentException e) {
            return null; // someone on the roster who is not a stakeholder
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
