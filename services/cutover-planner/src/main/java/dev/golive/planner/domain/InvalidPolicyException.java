package dev.golive.planner.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.List;
import java.util.stream.Collectors;

/** A window was asked for with a policy that breaks {@link GoLivePolicyRules#check(dev.golive.contracts.cutover.GoLivePolicy)}. */
public class InvalidPolicyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public InvalidPolicyException(List<FieldViolation> violations) {
        super("invalid go-live policy: " + violations.stream()
                .map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
