package dev.golive.problems;

import dev.golive.problems.field.FieldViolation;

import java.util.Collection;
import java.util.List;

/**
 * A request that cannot be carried out, with the HTTP status and the problem to answer.
 * Thrown before anything is written, or inside the transaction so that it rolls back.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldViolation> errors;
    private final List<String> reasons;

    private ProblemException(int status, String slug, String title, String detail,
                             List<FieldViolation> errors, List<String> reasons) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.reasons = List.copyOf(reasons);
    }

    /** 422: the request is well-formed but some fields are not acceptable. */
    public static ProblemException invalid(List<FieldViolation> errors) {
        return new ProblemException(422, "invalid-request", "The request has invalid fields",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid", errors, List.of());
    }

    /** Throws one 422 naming every field when {@code violations} is not empty; returns otherwise. */
    public static void refuseIfAny(Collection<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw invalid(List.copyOf(violations));
        }
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldViolation(field, message)));
    }

    /** 409: the request conflicts with the resource's current state. */
    public static ProblemException conflict(String slug, String detail, List<String> reasons) {
        return new ProblemException(409, slug, "Conflict with the current state", detail, List.of(), reasons);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist",
                List.of(), List.of());
    }

    /**
     * 404 for a cutover this service has not heard of: cutover-planner never announced it (a
     * mistyped or invented id), or its announcement has not arrived yet (a cutover planned a
     * moment ago becomes known within seconds).
     */
    public static ProblemException unknownCutover(Object cutoverId, String service) {
        return new ProblemException(404, "unknown-cutover", "Unknown cutover",
                "cutover " + cutoverId + " is not known to " + service
                        + ": cutover-planner has not announced it (if it was planned just now, try again in a moment)",
                List.of(), List.of());
    }

    /**
     * 403 for a caller whose realm role reaches the endpoint but who takes no part in this cutover
     * in a role the endpoint allows: {@code reasons} are the roles that would do.
     */
    public static ProblemException notAMember(Object cutoverId, Collection<String> rolesThatWould) {
        return new ProblemException(403, "not-a-member", "Not a member of this cutover",
                "you take no part in cutover " + cutoverId + " in a role that may do this ("
                        + String.join(", ", rolesThatWould) + "); the cutover's ops lead can add you",
                List.of(), List.copyOf(rolesThatWould));
    }

    public Problem toProblem(String instance) {
        return new Problem(ProblemTypes.of(slug), title, status, getMessage(), instance, errors, reasons);
    }

    public int status() {
        return status;
    }
}
