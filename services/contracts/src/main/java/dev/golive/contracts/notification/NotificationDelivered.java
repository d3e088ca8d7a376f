package dev.golive.contracts.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/**
 * A message reached one recipient on one channel (EMAIL, WEBHOOK, FEED). {@code sourceEventId}
 * and {@code sourceEventType} name the event (or REMINDER) it was made from; {@code attempts}
 * counts the tries it took.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationDelivered(String cutoverId, String deliveryId, String recipientId, String channel,
                                    String sourceEventId, String sourceEventType, String subject, int attempts,
                                    Instant deliveredAt) implements GoliveEvent {
}
