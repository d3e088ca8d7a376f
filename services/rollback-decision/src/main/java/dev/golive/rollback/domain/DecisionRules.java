package dev.golive.rollback.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a decision to roll back or to proceed:
 * <ul>
 *   <li>{@code kind} required;</li>
 *   <li>a {@code rationale} of at least {@value #MIN_RATIONALE} and at most {@value #MAX_RATIONALE}
 *       characters (surrounding blanks not counted) — the decision is audited;</li>
 *   <li>a {@code ROLL_BACK} at or after the point of no return only with
 *       {@code acknowledgePastPointOfNoReturn}: whoever decides it accepts that the rollback cannot
 *       complete before business resumes.</li>
 * </ul>
 * An acknowledgement that is not needed (before the point of no return, or to proceed) is no error.
 */
public final class DecisionRules {

    public static final int MIN_RATIONALE = 10;
    public static final int MAX_RATIONALE = 4_000;
    public static final String ACKNOWLEDGEMENT_FIELD = "acknowledgePastPointOfNoReturn";

    private DecisionRules() {
    }

    public static List<FieldViolation> check(DecisionKind kind, String rationale, boolean acknowledgedPastPointOfNoReturn,
                                             RollbackWindow window, Instant now) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(now, "now");
        List<FieldViolation> v = new ArrayList<>();
        if (kind == null) {
            v.add(new FieldViolation("kind", "is required"));
        }
        String text = rationale == null ? "" : rationale.strip();
        if (text.isEmpty()) {
            v.add(new FieldViolation("rationale", "is required"));
        } else if (text.length() < MIN_RATIONALE) {
            v.add(new FieldViolation("rationale", "must be at least " + MIN_RATIONALE + " characters, was " + text.length()));
        } else if (text.length() > MAX_RATIONALE) {
            v.add(new FieldViolation("rationale", "must be at most " + MAX_RATIONALE + " characters, was " + text.length()));
        }
        if (kind == DecisionKind.ROLL_BACK && window.passed(now) && !acknowledgedPastPointOfNoReturn) {
            v.add(new FieldViolation(ACKNOWLEDGEMENT_FIELD, "must be true: the point of no return passed at "
                    + window.pointOfNoReturn() + ", a rollback started now cannot complete before business resumes at "
                    + window.businessResume()));
        }
        return List.copyOf(v);
    }

    /** Whether a decision of {@code kind} taken at {@code now} is a rollback after the point of no return (the event's {@code afterPointOfNoReturn}). */
    public static boolean rollbackAfterPointOfNoReturn(DecisionKind kind, RollbackWindow window, Instant now) {
        return kind == DecisionKind.ROLL_BACK && window.passed(now);
    }
}
