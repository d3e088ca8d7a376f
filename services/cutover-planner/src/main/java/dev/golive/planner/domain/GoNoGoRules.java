package dev.golive.planner.domain;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of the ops lead's go/no-go:
 * <ul>
 *   <li>a {@code decision}, GO or NO_GO, and a {@code reason} of at most {@value #MAX_REASON}
 *       characters: the decision is audited;</li>
 *   <li>only a NO_GO moves the cutover to another weekend ({@code rescheduleToNextWindow});</li>
 *   <li>a SCHEDULED cutover takes its window's decision; a GO may then be withdrawn by a NO_GO
 *       until the downtime starts (stopping is always safe), but a NO_GO is never turned into a GO
 *       for the same window: the cutover is rescheduled instead, and the new window has its own
 *       go/no-go;</li>
 *   <li>a GO passes the go/no-go, a NO_GO fails it.</li>
 * </ul>
 * When the decision may be taken (the go/no-go milestone of the current window reached) is the
 * milestones' business, not a rule of the decision.
 */
public final class GoNoGoRules {

    public static final int MAX_REASON = ReasonRules.MAX_LENGTH;

    private GoNoGoRules() {
    }

    /** What is wrong with a decision as asked for, every field at once; empty when nothing is. */
    public static List<FieldViolation> check(String decision, String reason, Boolean rescheduleToNextWindow) {
        List<FieldViolation> v = new ArrayList<>();
        GoNoGo read = null;
        if (decision == null || decision.isBlank()) {
            v.add(new FieldViolation("decision", "is required: GO or NO_GO"));
        } else {
            try {
                read = decision(decision);
            } catch (IllegalArgumentException e) {
                v.add(new FieldViolation("decision", "'" + decision + "' is neither GO nor NO_GO"));
            }
        }
        if (reason == null || reason.isBlank()) {
            v.add(new FieldViolation("reason", "is required: say why"));
        } else if (reason.length() > MAX_REASON) {
            v.add(new FieldViolation("reason", "must be at most " + MAX_REASON + " characters"));
        }
        if (read == GoNoGo.GO && Boolean.TRUE.equals(rescheduleToNextWindow)) {
            v.add(new FieldViolation("rescheduleToNextWindow", "only a NO_GO moves the cutover to another weekend"));
        }
        return List.copyOf(v);
    }

    /**
     * The decision named {@code text}, surrounding blanks ignored.
     *
     * @throws IllegalArgumentException when it names neither (see {@link #check})
     */
    public static GoNoGo decision(String text) {
        return GoNoGo.valueOf(text.strip());
    }

    /** Whether a cutover in {@code status} takes {@code decision} now (see the class comment). */
    public static boolean accepts(CutoverStatus status, GoNoGo decision) {
        Objects.requireNonNull(decision, "decision");
        return status == CutoverStatus.SCHEDULED
                || status == CutoverStatus.GO_NO_GO_PASSED && decision == GoNoGo.NO_GO;
    }

    /** Where the decision moves the cutover. */
    public static CutoverStatus statusAfter(GoNoGo decision) {
        return switch (Objects.requireNonNull(decision, "decision")) {
            case GO -> CutoverStatus.GO_NO_GO_PASSED;
            case NO_GO -> CutoverStatus.GO_NO_GO_FAILED;
        };
    }
}
