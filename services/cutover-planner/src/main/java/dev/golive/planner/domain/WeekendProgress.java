package dev.golive.planner.domain;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.Milestone;

import java.util.Optional;

/**
 * How the status follows the weekend on its own, without anyone pressing a button:
 * <ul>
 *   <li>DOWNTIME_START: GO_NO_GO_PASSED → IN_PROGRESS. Without a GO the cutover does not start:
 *       it stays where it is and the planner flags it ({@link #startsWithoutGo}).</li>
 *   <li>TECHNICAL_REVIEW_END: IN_PROGRESS → WEEKEND_TESTING.</li>
 *   <li>BUSINESS_RESUME: WEEKEND_TESTING → COMPLETED when the weekend was signed off; otherwise
 *       the cutover completes when the sign-off arrives ({@link #onSignOff}).</li>
 *   <li>A ROLL_BACK decision: IN_PROGRESS or WEEKEND_TESTING → ROLLED_BACK.</li>
 * </ul>
 * Anything else leaves the status alone: a milestone of a cancelled or rolled back cutover, a
 * sign-off before business resume (remembered, not acted on), a decision to proceed.
 */
public final class WeekendProgress {

    public static final String ROLL_BACK = "ROLL_BACK";

    /** A status move and why. */
    public record Move(CutoverStatus to, String reason) {
    }

    public static Optional<Move> onMilestone(CutoverStatus status, Milestone milestone, boolean signedOff) {
        return switch (milestone) {
            case DOWNTIME_START -> status == CutoverStatus.GO_NO_GO_PASSED
                    ? Optional.of(new Move(CutoverStatus.IN_PROGRESS, "downtime started after a GO decision"))
                    : Optional.empty();
            case TECHNICAL_REVIEW_END -> status == CutoverStatus.IN_PROGRESS
                    ? Optional.of(new Move(CutoverStatus.WEEKEND_TESTING, "technical review ended: weekend testing"))
                    : Optional.empty();
            case BUSINESS_RESUME -> status == CutoverStatus.WEEKEND_TESTING && signedOff
                    ? Optional.of(new Move(CutoverStatus.COMPLETED, "business resumed on a signed-off weekend"))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The weekend was signed off; completes the cutover if business has already resumed. */
    public static Optional<Move> onSignOff(CutoverStatus status, boolean businessResumed) {
        return status == CutoverStatus.WEEKEND_TESTING && businessResumed
                ? Optional.of(new Move(CutoverStatus.COMPLETED, "weekend signed off after business resumed"))
                : Optional.empty();
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
