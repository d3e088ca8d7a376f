package dev.golive.notification.domain;

/**
 * The steps of escalation, in order; EXHAUSTED when nobody acknowledged, the ops lead included.
 * OWNER comes first only for a page about someone's own task (an overdue runbook task owned by a
 * person): they are paged before the on-call roster; every other page starts at PRIMARY.
 */
public enum PageLevel {
    OWNER,
    PRIMARY,
    SECONDARY,
    OPS_LEAD,
    EXHAUSTED;

    /** The level after this one; EXHAUSTED stays EXHAUSTED. */
    public PageLevel next() {
        return this == EXHAUSTED ? EXHAUSTED : values()[ordinal() + 1];
    }
}
