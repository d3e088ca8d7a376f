package dev.golive.contracts.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/**
 * A person was paged: {@code level} PRIMARY, SECONDARY or OPS_LEAD (the escalation step), for
 * {@code reason} (the incident or rollback assessment that caused it). Unacknowledged by
 * {@code acknowledgeBy}, the page escalates to the next level.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageSent(String cutoverId, String pageId, String level, String recipientId, String recipientUsername,
                       String reason, String sourceEventId, String sourceEventType,
                       @OptionalField Instant acknowledgeBy, Instant sentAt) implements GoliveEvent {
}
