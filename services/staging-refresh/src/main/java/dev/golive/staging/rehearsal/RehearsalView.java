package dev.golive.staging.rehearsal;

import dev.golive.staging.domain.Attempt;
import dev.golive.staging.domain.DeveloperReview;
import dev.golive.staging.domain.Hop;
import dev.golive.staging.domain.Rehearsal;
import dev.golive.staging.domain.RehearsalStage;
import dev.golive.staging.review.ReviewItemRow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rehearsal as the API shows it: stage, hops and every custom-module attempt, with durations; and
 * whether its developer review is done and so, once it succeeded, staging is ready for power users.
 */
public record RehearsalView(UUID id, UUID cutoverId, Instant productionBackupAt, int sourceVersion, int targetVersion,
                            String stage, List<String> nextStages, boolean terminal, String requestedBy,
                            Instant requestedAt, Instant completedAt, List<HopView> hops, List<AttemptView> attempts,
                            Duration standardUpgradeDuration, Duration successfulAttemptDuration,
                            boolean reviewDone, boolean readyForPowerUsers, Long databaseSizeMb) {

    /**
     * The rehearsal with the outcome of its developer review. Only a rehearsal that succeeded can be
     * reviewed, so the review of any other is not looked up: it cannot have been done.
     */
    public static RehearsalView of(RehearsalRow row) {
        return of(row, row.stage == RehearsalStage.SUCCEEDED ? ReviewItemRow.reviewOf(row.id) : null);
    }

    /** The rehearsal with its developer review (null: not done). */
    public static RehearsalView of(RehearsalRow row, DeveloperReview review) {
        Rehearsal r = row.toDomain();
        boolean reviewDone = review != null && review.done();
        return new RehearsalView(r.id(), row.cutoverId, r.productionBackupAt(), r.sourceVersion(), r.targetVersion(),
                r.stage().name(), r.stage().next().stream().map(Enum::name).toList(), r.stage().terminal(),
                row.requestedBy, r.requestedAt(), r.completedAt(),
                r.hops().stream().map(HopView::of).toList(), r.attempts().stream().map(AttemptView::of).toList(),
                r.standardUpgradeDuration().orElse(null), r.successfulAttemptDuration().orElse(null),
                reviewDone, reviewDone && r.stage() == RehearsalStage.SUCCEEDED, row.databaseSizeMb);
    }

    public record HopView(int from, int to, String status, Instant startedAt, Instant finishedAt, Duration duration) {
        static HopView of(Hop h) {
            return new HopView(h.from(), h.to(), h.status().name(), h.startedAt(), h.finishedAt(),
                    h.duration().orElse(null));
        }
    }

    public record AttemptView(int number, String commitRef, String outcome, Instant startedAt, Instant finishedAt,
                              Duration duration, String errorCategory, String logExcerpt) {
        static AttemptView of(Attempt a) {
            return new AttemptView(a.number(), a.commitRef(), a.outcome().name(), a.startedAt(), a.finishedAt(),
                    a.duration().orElse(null), a.errorCategory() == null ? null : a.errorCategory().name(),
                    a.logExcerpt());
        }
    }
}
