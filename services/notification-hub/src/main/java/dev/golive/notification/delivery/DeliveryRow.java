package dev.golive.notification.delivery;

import dev.golive.notification.domain.Channel;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One message to one person on one channel (and webhook target), written in the transaction of
 * the event that caused it; its idempotency key ({@code domain.DeliveryKey}) is unique.
 */
@Entity
@Table(name = "delivery")
public class DeliveryRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public String idempotencyKey;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "stakeholder_id")
    public UUID stakeholderId;

    @Column(nullable = false)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "target_id")
    public UUID targetId;

    public String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_kind", nullable = false)
    public NoticeKind noticeKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "source_event_type", nullable = false)
    public String sourceEventType;

    @Column(name = "page_id")
    public UUID pageId;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<DeliveryRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by createdAt, id", cutoverId);
    }

    public static List<DeliveryRow> withStatus(DeliveryStatus status) {
        return list("status = ?1 order by createdAt, id", status);
    }

    /** The deliveries of {@code cutoverIds}, of {@code status} unless it is null. */
    public static List<DeliveryRow> ofCutovers(Collection<UUID> cutoverIds, DeliveryStatus status) {
        if (cutoverIds.isEmpty()) {
            return List.of();
        }
        return status == null ? list("cutoverId in ?1 order by createdAt, id", cutoverIds)
                : list("cutoverId in ?1 and status = ?2 order by createdAt, id", cutoverIds, status);
    }
}
