package dev.golive.notification.delivery;

import dev.golive.notification.domain.Channel;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.Severity;
import dev.golive.notification.domain.WebhookFormat;

import java.util.Optional;
import java.util.UUID;

/**
 * A claimed delivery as a sender needs it, read before the send and outside any transaction.
 * For a webhook, the target's format and secret (never logged: {@link #toString()} leaves it out); the
 * stakeholder it goes to (null for someone reached through the roster only), for a mail's unsubscribe link.
 */
public record Outgoing(UUID id, UUID cutoverId, Channel channel, String address, NoticeKind kind, Severity severity,
                       String subject, String body, String sourceEventId, String sourceEventType, UUID pageId,
                       int attempt, Optional<WebhookFormat> format, Optional<String> secret,
                       UUID stakeholderId) {

    /**
     * Sent with every e-mail: receivers drop a delivery they already have. A webhook request
     * carries the same id as its Standard Webhooks {@code webhook-id} instead.
     */
    public static final String DELIVERY_HEADER = "X-Golive-Delivery";

    @Override
    public String toString() {
        return "Outgoing[" + id + " " + channel + " attempt " + attempt + "]";
    }
}
