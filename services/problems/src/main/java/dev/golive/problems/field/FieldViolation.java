package dev.golive.problems.field;

import java.util.Objects;

/**
 * A rule broken by one input field, named as in the JSON body (e.g. {@code items[3].model}).
 *
 * <p>Plain Java on purpose: every service's domain rules return these, and a domain may depend on
 * this package and the JDK only (each service's ArchitectureTest says so). The REST layer turns a
 * list of them into one 422 problem with {@link dev.golive.problems.ProblemException#invalid}.
 */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
