package dev.golive.rollback.domain;

/** How bad an incident is, as its reporter judges it. Only {@code CRITICAL} counts for the rollback policies. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
