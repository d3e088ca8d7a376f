package dev.golive.contracts.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/**
 * Nobody acknowledged in time: the page moves from {@code fromLevel} to {@code toLevel}
 * ({@code toLevel} EXHAUSTED when the ops lead did not acknowledge either). {@code latenessMillis}: how
 * long after the acknowledgement deadline the escalation's trigger fired; absent from older events.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageEscalated(String cutoverId, String pageId, String fromLevel, String toLevel,
                            @OptionalField String toRecipientId, Instant escalatedAt,
                            @OptionalField Long latenessMillis) implements GoliveEvent {
}
