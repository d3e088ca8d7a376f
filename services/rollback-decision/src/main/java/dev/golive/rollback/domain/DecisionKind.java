package dev.golive.rollback.domain;

/** What the people on call decided. */
public enum DecisionKind {
    /** Restore the pre-upgrade backup. */
    ROLL_BACK,
    /** Keep the upgraded system and fix forward. */
    PROCEED
}
