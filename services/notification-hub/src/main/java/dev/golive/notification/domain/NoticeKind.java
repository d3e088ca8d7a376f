package dev.golive.notification.domain;

/**
 * What an event means to a person; the unit of a subscription. Several events can mean the same
 * thing (an incident opened by hand or from a detection) and many mean nothing worth a message (a
 * successful probe, a coverage figure, the hub's own delivery events): {@link Notices} decides.
 */
public enum NoticeKind {
    // Planning
    CUTOVER_PLANNED,
    WINDOW_SCHEDULED,
    WINDOW_MOVED,
    CUTOVER_CANCELLED,
    // Readiness before the weekend
    GATE_FAILED,
    GO_NO_GO_RECOMMENDED,
    GO_NO_GO_DECIDED,
    REHEARSAL_FAILED,
    REHEARSAL_SUCCEEDED,
    STAGING_REFRESH_DUE,
    FORECAST_EXCEEDS_WINDOW,
    INTEGRATION_NOT_READY,
    // The weekend (DOWNTIME_STARTED, SYSTEM_BACK and BUSINESS_RESUMED as the runbook observed them)
    DOWNTIME_STARTED,
    SYSTEM_BACK,
    WEEKEND_TESTING_STARTED,
    BUSINESS_RESUMED,
    CUTOVER_COMPLETED,
    CUTOVER_ROLLED_BACK,
    LIVE_CHECK_FAILED,
    // The runbook
    /** A runbook task is still not finished after its planned finish (and it pages, see {@link PageTriggers}). */
    RUNBOOK_TASK_OVERDUE,
    /** The upgraded system is now projected back after the point of no return: decide whether to wait or roll back. */
    RUNBOOK_PAST_POINT_OF_NO_RETURN,
    /** The upgraded system is projected back before the point of no return again. */
    RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN,
    // Incidents and the rollback decision
    INCIDENT_OPENED,
    INCIDENT_UPDATED,
    INCIDENT_RESOLVED,
    ROLLBACK_ASSESSMENT,
    POINT_OF_NO_RETURN_APPROACHING,
    POINT_OF_NO_RETURN_PASSED,
    ROLLBACK_DECIDED,
    // Weekend testing
    TEST_PLAN_OVERVIEW,
    TEST_PLAN_PUBLISHED,
    ASSIGNMENT_CHANGED,
    CRITICAL_TEST_FAILED,
    WEEKEND_SIGNED_OFF,
    /** What changed for the power users of an area (moved menus, renamed buttons…), to each person it was sent to. */
    TRAINING_LIST,
    // Made by the hub itself
    REMINDER_DOWNTIME,
    STAKEHOLDER_UPDATE,
    UPDATE_OVERDUE,
    PAGE;

    /**
     * Whether the notice reaches its addressee whatever they subscribed to: a page must reach the
     * person on call on every channel they have, or escalation would wait on a missing subscription.
     */
    public boolean mandatory() {
        return this == PAGE;
    }

    /**
     * Whether this kind tells business stakeholders how the go-live is going, so that it resets the
     * "next update by" clock ({@link UpdateCadence}). An overdue reminder does not: it says that
     * no update came.
     */
    public boolean updatesStakeholders() {
        return switch (this) {
            case DOWNTIME_STARTED, SYSTEM_BACK, WEEKEND_TESTING_STARTED, BUSINESS_RESUMED, CUTOVER_COMPLETED,
                 CUTOVER_ROLLED_BACK, ROLLBACK_DECIDED, WEEKEND_SIGNED_OFF, STAKEHOLDER_UPDATE -> true;
            default -> false;
        };
    }

    /** Whether {@code name} is a kind or {@value Subscription#EVERY_KIND}, i.e. something a subscription may name. */
    public static boolean subscribable(String name) {
        if (Subscription.EVERY_KIND.equals(name)) {
            return true;
        }
        for (NoticeKind k : values()) {
            if (k.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
