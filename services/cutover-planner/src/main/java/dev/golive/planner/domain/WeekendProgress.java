package dev.golive.planner.domain;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;

import java.time.Instant;
import java.util.Optional;

/**
 * How the status follows the weekend as it was <em>observed</em>, not as it was scheduled. The
 * runbook reports what happened (a task that takes production down started, the upgraded system is
 * back, business resumed: {@link WeekendFact}); the milestones remain the plan and move the status
 * only where the plan itself is the rule (the technical review's end).
 * <ul>
 *   <li>DOWNTIME_STARTED observed after a GO: GO_NO_GO_PASSED → IN_PROGRESS. The DOWNTIME_START
 *       milestone alone moves nothing: nobody may have taken production down. Reached without a GO
 *       the planner flags it ({@link #startsWithoutGo}).</li>
 *   <li>IN_PROGRESS → WEEKEND_TESTING once BOTH the TECHNICAL_REVIEW_END milestone was reached and
 *       the system was observed back (SYSTEM_BACK), whichever comes last.</li>
 *   <li>WEEKEND_TESTING → COMPLETED once BUSINESS_RESUMED was observed and the weekend was signed
 *       off, whichever comes last.</li>
 *   <li>A ROLL_BACK decision: IN_PROGRESS or WEEKEND_TESTING → ROLLED_BACK.</li>
 * </ul>
 * The moves are computed from the whole {@link Weekend} so far ({@link #next}); a caller applies
 * them until none is left, so facts that arrive early (the business resumed before the technical
 * review's end was reached, in a compressed weekend) still count when their turn comes.
 */
public final class WeekendProgress {

    public static final String ROLL_BACK = "ROLL_BACK";

    /** A status move and why. */
    public record Move(CutoverStatus to, String reason) {
    }

    /**
     * What is known of the weekend: the observed facts, when the technical review's end was
     * reached (the plan), and when the weekend was signed off. Null: not (yet) so.
     */
    public record Weekend(Instant downtimeStartedAt, Instant systemBackAt, Instant technicalReviewEndedAt,
                          Instant businessResumedAt, Instant signedOffAt) {

        public Weekend withFact(WeekendFact fact, Instant at) {
            return switch (fact) {
                case DOWNTIME_STARTED -> new Weekend(at, systemBackAt, technicalReviewEndedAt, businessResumedAt,
                        signedOffAt);
                case SYSTEM_BACK -> new Weekend(downtimeStartedAt, at, technicalReviewEndedAt, businessResumedAt,
                        signedOffAt);
                case BUSINESS_RESUMED -> new Weekend(downtimeStartedAt, systemBackAt, technicalReviewEndedAt, at,
                        signedOffAt);
            };
        }
    }

    /** The next move the weekend so far calls for, if any; apply it and ask again until empty. */
    public static Optional<Move> next(CutoverStatus status, Weekend weekend) {
        return switch (status) {
            case GO_NO_GO_PASSED -> weekend.downtimeStartedAt() == null ? Optional.empty()
                    : Optional.of(new Move(CutoverStatus.IN_PROGRESS,
                            "production went down after a GO decision (observed on the runbook)"));
            case IN_PROGRESS -> {
                if (weekend.systemBackAt() == null || weekend.technicalReviewEndedAt() == null) {
                    yield Optional.empty();
                }
                yield Optional.of(new Move(CutoverStatus.WEEKEND_TESTING,
                        weekend.systemBackAt().isAfter(weekend.technicalReviewEndedAt())
                                ? "the system came back after the technical review's end: weekend testing"
                                : "technical review ended with the system back: weekend testing"));
            }
            case WEEKEND_TESTING -> {
                if (weekend.businessResumedAt() == null || weekend.signedOffAt() == null) {
                    yield Optional.empty();
                }
                yield Optional.of(new Move(CutoverStatus.COMPLETED,
                        weekend.signedOffAt().isAfter(weekend.businessResumedAt())
                                ? "weekend signed off after business resumed"
                                : "business resumed on a signed-off weekend"));
            }
            default -> Optional.empty();
        };
    }

    /**
     * Why the planner does not accept {@code fact} from the runbook in {@code status}, or empty when
     * it does: a cancelled or rolled back cutover accepts no more facts, and production may go down
     * only after a GO (the runbook refuses it too; a status moved on by hand after a GO is fine).
     */
    public static Optional<String> refusal(CutoverStatus status, WeekendFact fact) {
        if (status == CutoverStatus.CANCELLED || status == CutoverStatus.ROLLED_BACK) {
            return Optional.of("the cutover is " + status + ": it accepts no more facts");
        }
        boolean goGiven = status == CutoverStatus.GO_NO_GO_PASSED || status == CutoverStatus.IN_PROGRESS
                || status == CutoverStatus.WEEKEND_TESTING || status == CutoverStatus.COMPLETED;
        if (fact == WeekendFact.DOWNTIME_STARTED && !goGiven) {
            return Optional.of("production may go down only after a GO decision, and the cutover is " + status);
        }
        return Optional.empty();
    }

    public static Optional<Move> onRollbackDecision(CutoverStatus status, String decision) {
        boolean live = status == CutoverStatus.IN_PROGRESS || status == CutoverStatus.WEEKEND_TESTING;
        return live && ROLL_BACK.equals(decision)
                ? Optional.of(new Move(CutoverStatus.ROLLED_BACK, "the ops lead decided to roll back"))
                : Optional.empty();
    }

    /** Downtime reached while the go-live was never given a GO: nothing starts, the planner flags it. */
    public static boolean startsWithoutGo(CutoverStatus status, Milestone milestone) {
        return milestone == Milestone.DOWNTIME_START
                && (status == CutoverStatus.SCHEDULED || status == CutoverStatus.GO_NO_GO_FAILED);
    }

    private WeekendProgress() {
    }
}
