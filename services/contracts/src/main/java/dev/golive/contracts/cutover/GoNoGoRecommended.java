package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/**
 * At the go/no-go milestone, cutover-planner's recommendation from the gates: GO, or NO_GO with
 * every gate not passed. The ops lead still decides ({@link GoNoGoDecided}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoNoGoRecommended(String cutoverId, String recommendation, List<String> failingGates,
                                @OptionalField Instant downtimeStart, Instant recommendedAt) implements GoliveEvent {
}
