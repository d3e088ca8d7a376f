package dev.golive.runbook.domain;

/** A move the runbook does not allow, saying why in words a person reads (task titles, not ids). */
public class Refusal extends RuntimeException {

    private final String code;

    public Refusal(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable slug for the problem's reasons, e.g. {@code dependencies-not-finished}. */
    public String code() {
        return code;
    }
}
