package dev.golive.notification.domain;

/** What became of one step of a page. */
public enum StepOutcome {
    /** Someone was paged and the page waits for their acknowledgement. */
    PENDING,
    /** The page was acknowledged while this step was current. */
    ACKNOWLEDGED,
    /** Nobody acknowledged by the deadline: the page went to the next level. */
    ESCALATED,
    /** Nobody to page at this level, or only someone this page already reached. */
    SKIPPED,
    /** The last step: every level passed without an acknowledgement. */
    EXHAUSTED
}
