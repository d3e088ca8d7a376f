package dev.golive.notification.domain;

/** The steps of escalation, in order; EXHAUSTED when nobody acknowledged, the ops lead included. */
public enum PageLevel {
    PRIMARY,
    SECONDARY,
    OPS_LEAD,
    EXHAUSTED;

    /** The level after this one; EXHAUSTED stays EXHAUSTED. */
    public PageLevel next() {
        return this == EXHAUSTED ? EXHAUSTED : values()[ordinal() + 1];
    }
}
