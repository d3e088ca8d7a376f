package dev.golive.planner.domain;

/** The go/no-go gates of a cutover, in the order they are shown. */
public enum Gate {
    /** staging-refresh says a fresh successful rehearsal exists (its summary items aside). */
    STAGING_REHEARSAL,
    /** No item of the latest successful rehearsal's upgrade summary is still open. */
    UPGRADE_SUMMARY_REVIEWED,
    /**
     * The production upgrade forecast from the latest successful rehearsal fits the expected downtime
     * and rests on a plausible measurement.
     */
    UPGRADE_FORECAST_FITS,
    /**
     * On the current rehearsal (the latest successful one) the developer review is done and every
     * critical flow passed in the power users' staging round.
     */
    STAGING_ACCEPTANCE,
    /** integration-readiness's cutover-wide verdict is ready. */
    INTEGRATIONS_READY,
    /** The published test plan assigns something and leaves no (possibly) critical scenario unassigned. */
    CRITICAL_SCENARIOS_ASSIGNED,
    /** The published on-call roster has no gap. */
    ON_CALL_COVERED,
    /** No critical incident reported before the downtime start is unresolved. */
    NO_OPEN_CRITICAL_INCIDENT,
    /** Every runbook task due before go/no-go is done or skipped with a reason. */
    RUNBOOK_READY
}
