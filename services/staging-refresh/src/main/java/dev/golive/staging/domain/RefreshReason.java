package dev.golive.staging.domain;

/** Why a new rehearsal (a staging refresh) should be run now; the first that applies, in this order. */
public enum RefreshReason {
    /** No rehearsal has succeeded yet. */
    NONE_YET,
    /** The most recent rehearsal failed: only a new one can go on. */
    FAILED,
    /** The latest successful rehearsal is stale at the moment of judgement. */
    TOO_OLD,
    /** Production drifted further than the policy tolerates since that rehearsal's backup. */
    DRIFTED
}
