package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/**
 * A milestone's trigger fired. {@code late} is true when it fired more than the tolerance
 * after {@code scheduledAt} (the service was down, say); it still fires, once.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MilestoneReached(String cutoverId, int windowRevision, Milestone milestone,
                               Instant scheduledAt, Instant reachedAt, boolean late, long latenessMillis,
                               MilestoneTime time) implements GoliveEvent {
}
