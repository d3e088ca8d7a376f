package dev.golive.rollback.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What the runbook projects for the production upgrade, from the actual times so far and the planned
 * durations ahead: when the upgraded system is projected back, and whether that is after the point of
 * no return (the runbook's own judgement, weighed as it says it). {@link #NONE} while nothing is projected.
 *
 * @param projectedSystemBack    the projected finish of the upgrade; {@code null} when unknown
 * @param crossesPointOfNoReturn true when the upgraded system is projected back after the point of no return
 */
public record UpgradeProjection(Instant projectedSystemBack, boolean crossesPointOfNoReturn) {

    /** No projection received (no runbook, or nothing projected yet): it weighs nothing. */
    public static final UpgradeProjection NONE = new UpgradeProjection(null, false);

    public Optional<Instant> projectedSystemBackAt() {
        return Optional.ofNullable(projectedSystemBack);
    }

    /**
     * Whether the projection still says the upgraded system comes back too late to roll back: it
     * crosses the point of no return and the system has not been observed back yet (once it is, what
     * counts is the observation, and an upgrade that finished after the point of no return leaves
     * nothing to decide in time anyway).
     */
    boolean projectsPastPointOfNoReturn(RollbackWindow window) {
        return crossesPointOfNoReturn && projectedSystemBack != null && window.systemBackAt().isEmpty();
    }
}
