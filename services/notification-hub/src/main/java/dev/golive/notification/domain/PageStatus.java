package dev.golive.notification.domain;

/** Where a page stands. */
public enum PageStatus {
    /** Waiting for the person paged at the current level to acknowledge. */
    OPEN,
    /** Someone acknowledged: escalation stopped. Terminal. */
    ACKNOWLEDGED,
    /** Every level passed without an acknowledgement. Terminal. */
    EXHAUSTED
}
