package dev.golive.staging.domain;

/** Where the review of an upgrade-summary item stands. Only {@code OPEN} items block readiness. */
public enum SummaryItemStatus {
    OPEN,
    /** Reviewed: the change is fine as the upgrade left it. */
    ACCEPTED_AS_IS,
    /** Reviewed and repaired (a view rewritten, an action re-enabled, an upgrade script added). */
    FIXED
}
