package dev.golive.messaging.cutover;

import dev.golive.contracts.cutover.Milestone;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A newer go-live window of a live cutover (GoLiveWindowScheduled or Rescheduled whose revision is
 * above the one known), as the {@link CutoverReactions} of a service receive it.
 *
 * @param milestones the instant of each milestone the window has
 * @param moved      true for a reschedule, false for the first window
 */
public record WindowChange(UUID cutoverId, int revision, String zone, Map<Milestone, Instant> milestones,
                           boolean moved) {

    public WindowChange {
        milestones = Map.copyOf(milestones);
    }

    /** The milestone's instant, or null when the window does not have it. */
    public Instant at(Milestone milestone) {
        return milestones.get(milestone);
    }

    public Optional<Instant> find(Milestone milestone) {
        return Optional.ofNullable(milestones.get(milestone));
    }
}
