package dev.golive.staging.domain;

/** Where one hop of the standard upgrade stands. */
public enum HopStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED
}
