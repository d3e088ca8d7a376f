package dev.golive.staging.domain;

/** Where one item of the developer review stands. */
public enum ReviewItemStatus {
    /** Not looked at yet (or reopened). */
    OPEN,
    /** Looked at and fine: the evidence says what was looked at. */
    CHECKED,
    /** Does not apply to this project (no integrations, say): the reason says why. */
    NOT_APPLICABLE
}
