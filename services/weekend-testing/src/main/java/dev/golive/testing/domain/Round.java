package dev.golive.testing.domain;

/**
 * The two rounds of testing a cutover has: {@code STAGING}, power users testing their daily flows on
 * the upgraded staging database of one rehearsal before the go-live is approved, and
 * {@code WEEKEND}, the same flows on production after the live upgrade, before staff come back. A
 * result counts for its own round only.
 */
public enum Round {
    WEEKEND,
    STAGING
}
