package dev.golive.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/** A delivery in the log as the API shows it (without the message body). */
public record DeliveryView(UUID id, UUID cutoverId, UUID stakeholderId, String recipient, String channel,
                           UUID targetId, String kind, String severity, String subject, String sourceEventId,
                           String sourceEventType, UUID pageId, String status, int attempts, Instant nextAttemptAt,
                           String lastError, Instant createdAt, Instant sentAt) {

    static DeliveryView of(DeliveryRow row) {
        return new DeliveryView(row.id, row.cutoverId, row.stakeholderId, row.recipient, row.channel.name(),
                row.targetId, row.noticeKind.name(), row.severity.name(), row.subject, row.sourceEventId,
                row.sourceEventType, row.pageId, row.status.name(), row.attempts, row.nextAttemptAt, row.lastError,
                row.createdAt, row.sentAt);
    }
}
