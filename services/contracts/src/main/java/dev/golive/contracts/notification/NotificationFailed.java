package dev.golive.contracts.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/** Every retry of a delivery failed; it waits in the failed state for an admin to retry it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationFailed(String cutoverId, String deliveryId, String recipientId, String channel,
                                 String sourceEventId, String sourceEventType, int attempts, String reason,
                                 Instant failedAt) implements GoliveEvent {
}
