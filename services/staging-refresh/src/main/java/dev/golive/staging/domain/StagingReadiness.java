package dev.golive.staging.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the rehearsals of a cutover show that its production upgrade will work. Every reason
 * that applies is returned, in this order:
 * <ul>
 *   <li>{@code NO_SUCCESSFUL_REHEARSAL}: no rehearsal succeeded (then neither {@code STALE} nor
 *       {@code DRIFTED} can be judged, so they are not reported);</li>
 *   <li>{@code STALE}: the latest successful rehearsal's production backup is more than
 *       {@code maxAge} before the moment of judgement (exactly {@code maxAge} is still fresh). That
 *       moment is the staging refresh deadline, or now once now is past it, or now when there is
 *       no window yet: a rehearsal fresh today but stale by the deadline is not ready today;</li>
 *   <li>{@code DRIFTED}: production drifted further than the policy tolerates;</li>
 *   <li>{@code LAST_ATTEMPT_FAILED}: the most recent rehearsal is {@code FAILED}, or its last
 *       custom-module attempt failed and it has not succeeded since (still awaiting the next push,
 *       or abandoned after the failure); a rehearsal in progress otherwise does not count against
 *       an older success;</li>
 *   <li>{@code OPEN_SUMMARY_ITEMS}: an item of the latest successful rehearsal's summary is
 *       {@code OPEN}.</li>
 * </ul>
 * "Latest" and "most recent" go by {@code requestedAt} (then backup instant, then id, so that ties
 * are decided the same way every time); {@link #latestSuccessful} tells the caller which
 * rehearsal's summary items to pass.
 */
public final class StagingReadiness {

    static final Comparator<Rehearsal> RECENCY = Comparator.comparing(Rehearsal::requestedAt)
            .thenComparing(Rehearsal::productionBackupAt)
            .thenComparing(Rehearsal::id);

    private StagingReadiness() {
    }

    /**
     * @param drift           production changes since the latest successful rehearsal's backup
     *                        ({@link Drift#NONE} when nothing succeeded: it is then not looked at)
     * @param refreshDeadline the cutover's staging refresh deadline; {@code null} when it has no window yet
     */
    public static Verdict evaluate(List<Rehearsal> rehearsals, List<SummaryItem> itemsOfTheLatestSuccessfulRehearsal,
                                   Drift drift, FreshnessPolicy policy, Instant refreshDeadline, Instant now) {
        requireInputs(rehearsals, drift, policy, now);
        Objects.requireNonNull(itemsOfTheLatestSuccessfulRehearsal, "itemsOfTheLatestSuccessfulRehearsal");

        List<NotReadyReason> reasons = new ArrayList<>();
        Optional<Rehearsal> success = latestSuccessful(rehearsals);
        if (success.isEmpty()) {
            reasons.add(NotReadyReason.NO_SUCCESSFUL_REHEARSAL);
        } else {
            if (stale(success.get(), policy, refreshDeadline, now)) {
                reasons.add(NotReadyReason.STALE);
            }
            if (drift.beyond(policy)) {
                reasons.add(NotReadyReason.DRIFTED);
            }
        }
        if (mostRecent(rehearsals).filter(StagingReadiness::lastAttemptFailed).isPresent()) {
            reasons.add(NotReadyReason.LAST_ATTEMPT_FAILED);
        }
        if (itemsOfTheLatestSuccessfulRehearsal.stream().anyMatch(SummaryItem::open)) {
            reasons.add(NotReadyReason.OPEN_SUMMARY_ITEMS);
        }
        return new Verdict(reasons.isEmpty(), reasons, success.map(Rehearsal::id).orElse(null));
    }

    /** The most recently requested rehearsal that succeeded. */
    public static Optional<Rehearsal> latestSuccessful(List<Rehearsal> rehearsals) {
        return rehearsals.stream().filter(Rehearsal::succeeded).max(RECENCY);
    }

    /** The most recently requested rehearsal, whatever its stage. */
    public static Optional<Rehearsal> mostRecent(List<Rehearsal> rehearsals) {
        return rehearsals.stream().max(RECENCY);
    }

    /** The moment freshness is judged at: the refresh deadline, or now if later or if there is no deadline. */
    public static Instant judgedAt(Instant refreshDeadline, Instant now) {
        return refreshDeadline == null || now.isAfter(refreshDeadline) ? now : refreshDeadline;
    }

    /** How old {@code rehearsal}'s backup is at the moment of judgement. */
    public static Duration age(Rehearsal rehearsal, Instant refreshDeadline, Instant now) {
        return Duration.between(rehearsal.productionBackupAt(), judgedAt(refreshDeadline, now));
    }

    static boolean stale(Rehearsal rehearsal, FreshnessPolicy policy, Instant refreshDeadline, Instant now) {
        return age(rehearsal, refreshDeadline, now).compareTo(policy.maxAge()) > 0;
    }

    private static boolean lastAttemptFailed(Rehearsal r) {
        return r.stage() == RehearsalStage.FAILED
                || (!r.succeeded() && r.lastAttempt().filter(a -> a.outcome() == AttemptOutcome.FAILED).isPresent());
    }

    static void requireInputs(List<Rehearsal> rehearsals, Drift drift, FreshnessPolicy policy, Instant now) {
        Objects.requireNonNull(rehearsals, "rehearsals");
        for (Rehearsal r : rehearsals) {
            Objects.requireNonNull(r, "rehearsals contains null");
        }
        Objects.requireNonNull(drift, "drift");
        Objects.requireNonNull(policy, "policy").requireValid();
        Objects.requireNonNull(now, "now");
    }
}
