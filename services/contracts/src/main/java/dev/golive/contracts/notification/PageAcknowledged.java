package dev.golive.contracts.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/** The paged person acknowledged; escalation stops. {@code via} is LINK or API. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageAcknowledged(String cutoverId, String pageId, String level, String acknowledgedBy, String via,
                               Instant acknowledgedAt) implements GoliveEvent {
}
