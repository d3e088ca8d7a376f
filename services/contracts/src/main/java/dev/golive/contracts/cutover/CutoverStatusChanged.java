package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/** A cutover moved from one status to another. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CutoverStatusChanged(String cutoverId, CutoverStatus from, CutoverStatus to,
                                   @OptionalField String reason, String changedBy, Instant changedAt)
        implements GoliveEvent {
}
