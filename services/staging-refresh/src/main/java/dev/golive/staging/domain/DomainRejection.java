package dev.golive.staging.domain;

import java.util.Objects;

/**
 * A command the domain refuses, with a machine code (kebab-case, stable: clients may switch on it)
 * and a sentence for people. A refused command changes nothing.
 */
public class DomainRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String STAGE_TRANSITION_NOT_ALLOWED = "stage-transition-not-allowed";
    /** The transition exists but carries data {@code moveTo} does not have; the message names the command to use. */
    public static final String STAGE_TRANSITION_NEEDS_COMMAND = "stage-transition-needs-command";
    public static final String OUT_OF_TIME_ORDER = "out-of-time-order";
    public static final String UNKNOWN_HOP = "unknown-hop";
    public static final String HOP_OUT_OF_ORDER = "hop-out-of-order";
    public static final String HOP_NOT_RUNNING = "hop-not-running";
    public static final String HOPS_NOT_FINISHED = "hops-not-finished";
    public static final String NOT_UPGRADING_STANDARD_MODULES = "not-upgrading-standard-modules";
    public static final String NOT_AWAITING_CUSTOM_MODULES = "not-awaiting-custom-modules";
    public static final String NO_ATTEMPT_RUNNING = "no-attempt-running";
    public static final String COMMIT_REF_REQUIRED = "commit-ref-required";
    public static final String COMMIT_REF_TOO_LONG = "commit-ref-too-long";
    public static final String ERROR_CATEGORY_REQUIRED = "error-category-required";
    public static final String ERROR_CATEGORY_ON_SUCCESS = "error-category-on-success";
    public static final String CUTOVER_ID_REQUIRED = "cutover-id-required";
    public static final String INVALID_UPGRADE_PATH = "invalid-upgrade-path";
    public static final String BACKUP_AFTER_REQUEST = "backup-after-request";
    public static final String REHEARSAL_NOT_SUCCEEDED = "rehearsal-not-succeeded";

    private final String code;

    public DomainRejection(String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return "DomainRejection[" + code + "]: " + getMessage();
    }
}
