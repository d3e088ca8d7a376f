package dev.golive.staging.domain;

/** Where one custom-module upgrade attempt stands. */
public enum AttemptOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED
}
