package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/** The upgrade summary reported something to review: a disabled view or automated action, a changed field (model and field), a configuration change. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SummaryItemRaised(String cutoverId, String rehearsalId, String itemId, String kind,
                                @OptionalField String model, @OptionalField String field, String description,
                                @OptionalField String owner, Instant raisedAt) implements GoliveEvent {
}
