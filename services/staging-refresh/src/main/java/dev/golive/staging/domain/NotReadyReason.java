package dev.golive.staging.domain;

/** Why staging does not yet vouch for the production upgrade; reported in this order. */
public enum NotReadyReason {
    /** No rehearsal of the cutover has succeeded. */
    NO_SUCCESSFUL_REHEARSAL,
    /** The latest successful rehearsal's backup is older than the policy allows at the moment it is judged. */
    STALE,
    /** Production changed more since that backup than the policy allows. */
    DRIFTED,
    /** The most recent rehearsal failed, or its last custom-module attempt failed and nothing succeeded since. */
    LAST_ATTEMPT_FAILED,
    /** The upgrade summary of the latest successful rehearsal still has items nobody decided on. */
    OPEN_SUMMARY_ITEMS
}
