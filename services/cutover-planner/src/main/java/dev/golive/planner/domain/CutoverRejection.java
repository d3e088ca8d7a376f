package dev.golive.planner.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A cutover refused a plan or an edit: either fields that break {@link CutoverRules} (all of them,
 * {@link #violations()}), or a change its status does not allow, with a machine code (kebab-case,
 * stable: the problem type clients see) and a sentence for people. A refused edit changes nothing.
 */
public class CutoverRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Fields break the rules; {@link #violations()} names them. */
    public static final String INVALID_FIELDS = "invalid-request";
    /** The cutover reached a final status: nothing about it changes any more. */
    public static final String CUTOVER_CLOSED = "cutover-closed";
    /** The go-live started: zone, policy, team and blackouts stay as they are. */
    public static final String PLAN_FROZEN = "plan-frozen";

    private final String code;
    private final transient List<FieldViolation> violations;

    private CutoverRejection(String code, String message, List<FieldViolation> violations) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
        this.violations = List.copyOf(violations);
    }

    static CutoverRejection invalid(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid cutover breaks at least one rule");
        }
        return new CutoverRejection(INVALID_FIELDS, "invalid cutover: " + violations.stream()
                .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")), violations);
    }

    static CutoverRejection conflict(String code, String message) {
        return new CutoverRejection(code, message, List.of());
    }

    public String code() {
        return code;
    }

    /** The fields that break the rules; empty unless the code is {@link #INVALID_FIELDS}. */
    public List<FieldViolation> violations() {
        return violations;
    }
}
