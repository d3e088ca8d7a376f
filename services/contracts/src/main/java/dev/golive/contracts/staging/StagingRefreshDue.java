package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/**
 * A fresh rehearsal is needed before the go-live; reason TOO_OLD, DRIFTED, FAILED or NONE_YET.
 * {@code latenessMillis}: how long after the refresh deadline its trigger fired, when the deadline made
 * the event; absent when a change made it (or from older events).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StagingRefreshDue(String cutoverId, String reason, String detail,
                                @OptionalField Instant refreshDeadline,
                                @OptionalField String lastSuccessfulRehearsalId, Instant at,
                                @OptionalField Long latenessMillis) implements GoliveEvent {
}
