package dev.golive.staging.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether a new rehearsal should be run, and the first reason for it in {@link RefreshReason}
 * order, judged like {@link StagingReadiness}. Two differences with readiness, on purpose:
 * <ul>
 *   <li>{@code FAILED} means the most recent rehearsal is in stage {@code FAILED}. A failed
 *       custom-module attempt is answered by the next push to the same rehearsal, not by a new
 *       one, and an abandoned rehearsal was a person's decision;</li>
 *   <li>open summary items are fixed or accepted on the rehearsal that has them; they never call
 *       for a refresh, so they are not an input.</li>
 * </ul>
 * A rehearsal in progress does not stop a refresh from being due; whoever schedules one checks that.
 */
public final class RefreshDue {

    private RefreshDue() {
    }

    public static Optional<RefreshReason> at(List<Rehearsal> rehearsals, Drift drift, FreshnessPolicy policy,
                                             Instant refreshDeadline, Instant now) {
        StagingReadiness.requireInputs(rehearsals, drift, policy, now);
        Optional<Rehearsal> success = StagingReadiness.latestSuccessful(rehearsals);
        if (success.isEmpty()) {
            return Optional.of(RefreshReason.NONE_YET);
        }
        if (StagingReadiness.mostRecent(rehearsals).map(Rehearsal::stage).filter(s -> s == RehearsalStage.FAILED).isPresent()) {
            return Optional.of(RefreshReason.FAILED);
        }
        if (StagingReadiness.stale(success.get(), policy, refreshDeadline, now)) {
            return Optional.of(RefreshReason.TOO_OLD);
        }
        if (drift.beyond(policy)) {
            return Optional.of(RefreshReason.DRIFTED);
        }
        return Optional.empty();
    }
}
