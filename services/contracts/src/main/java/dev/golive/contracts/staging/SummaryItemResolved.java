package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/** A summary item was resolved: ACCEPTED_AS_IS or FIXED. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SummaryItemResolved(String cutoverId, String rehearsalId, String itemId, String kind,
                                  @OptionalField String model, @OptionalField String field, String resolution,
                                  String resolvedBy, Instant resolvedAt) implements GoliveEvent {
}
