package dev.golive.integration.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command the domain refuses, with every rule it breaks. A refused command changes nothing.
 * A violation of {@code status} that starts with {@code "cannot move from"} is a refused transition
 * (a conflict with the current state); the others are bad input.
 */
public class DomainRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public DomainRejection(List<FieldViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
    }
}
