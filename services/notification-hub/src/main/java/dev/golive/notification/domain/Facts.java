package dev.golive.notification.domain;

/**
 * The names of the facts a {@link Notice} carries for its message. Every notice has
 * {@link #CUTOVER_NAME}, {@link #CUTOVER_ZONE} (an IANA zone id, the zone times are agreed in) and
 * {@link #AT} (when it happened, unless the event failed to say); the others depend on the kind. Values of type
 * {@link java.time.Instant} are meant to be written with {@link ReaderTime}, those of type
 * {@link java.time.Duration} as hours and minutes, lists as lists.
 */
public final class Facts {

    public static final String CUTOVER_NAME = "cutoverName";
    public static final String CUTOVER_ZONE = "cutoverZone";
    /** Instant: when the event happened. */
    public static final String AT = "at";

    // The window (Instants)
    public static final String DOWNTIME_START = "downtimeStart";
    public static final String PREVIOUS_DOWNTIME_START = "previousDowntimeStart";
    public static final String GO_NO_GO = "goNoGo";
    public static final String SYSTEM_BACK_EXPECTED = "systemBackExpected";
    public static final String BUSINESS_RESUME = "businessResume";
    public static final String POINT_OF_NO_RETURN = "pointOfNoReturn";
    public static final String WINDOW_REVISION = "windowRevision";
    /** Boolean: a milestone whose trigger fired late. */
    public static final String LATE = "late";
    /**
     * Duration: how late the deadline behind the notice fired (every instance of its service was
     * down), present only beyond {@link FactSheet#SAY_LATE_BEYOND}.
     */
    public static final String FIRED_LATE = "firedLate";

    // What the weekend did (WeekendFactObserved)
    /** Instant: when the runbook observed it (the task's actual start or finish). */
    public static final String OBSERVED_AT = "observedAt";
    /** Instant: when the plan had it (the milestone of the current window); absent without a window. */
    public static final String PLANNED_AT = "plannedAt";
    /** Durations, one of them at most: how much later, or earlier, than planned (a minute either way is as planned). */
    public static final String LATER_THAN_PLANNED = "laterThanPlanned";
    public static final String EARLIER_THAN_PLANNED = "earlierThanPlanned";
    /** Boolean: observed within a minute of the plan. */
    public static final String AS_PLANNED = "asPlanned";

    // The runbook
    public static final String TASK_ID = "taskId";
    /** String: who carries the task out: a username, a role (tester) or a machine (upgrade-platform). */
    public static final String OWNER = "owner";
    /** String: PERSON, ROLE or AUTOMATED, how {@link #OWNER} is to be read. */
    public static final String OWNER_KIND = "ownerKind";
    /** Instant. */
    public static final String PLANNED_FINISH = "plannedFinish";
    /** Duration: how long after its planned finish the task was found unfinished. */
    public static final String OVERDUE_BY = "overdueBy";
    /** Instant: when the runbook projects the upgraded system back. */
    public static final String PROJECTED_SYSTEM_BACK = "projectedSystemBack";

    // Who, what, why (strings)
    public static final String BY = "by";
    public static final String REASON = "reason";
    /** List of strings. */
    public static final String REASONS = "reasons";
    public static final String DECISION = "decision";
    public static final String RECOMMENDATION = "recommendation";
    public static final String GATE = "gate";
    /** List of strings. */
    public static final String FAILING_GATES = "failingGates";
    public static final String STATUS = "status";

    // Staging and integrations
    public static final String REHEARSAL_ID = "rehearsalId";
    public static final String DETAIL = "detail";
    /** Instant. */
    public static final String REFRESH_DEADLINE = "refreshDeadline";
    /** Durations. */
    public static final String FORECAST = "forecast";
    public static final String EXPECTED_DOWNTIME = "expectedDowntime";
    public static final String SHORTFALL = "shortfall";
    public static final String INTEGRATION_ID = "integrationId";
    /** List of strings. */
    public static final String FAILURES = "failures";

    // Incidents and the rollback decision
    public static final String INCIDENT_ID = "incidentId";
    public static final String TITLE = "title";
    /** The incident's own severity (LOW, MEDIUM, HIGH, CRITICAL). */
    public static final String INCIDENT_SEVERITY = "incidentSeverity";
    public static final String BUSINESS_FLOW = "businessFlow";
    /** Booleans. */
    public static final String SYSTEM_USABLE = "systemUsable";
    public static final String DATA_INTEGRITY_AT_RISK = "dataIntegrityAtRisk";
    public static final String WORKAROUND_EXISTS = "workaroundExists";
    /** Duration. */
    public static final String ESTIMATED_TIME_TO_FIX = "estimatedTimeToFix";
    /** List of strings. */
    public static final String CHANGED_FIELDS = "changedFields";
    public static final String RESOLUTION = "resolution";
    /** Durations. */
    public static final String TIME_LEFT = "timeLeft";
    public static final String ROLLBACK_WOULD_LOSE = "rollbackWouldLose";
    /** Integer. */
    public static final String OPEN_INCIDENTS = "openIncidents";
    public static final String RATIONALE = "rationale";
    /** Boolean. */
    public static final String AFTER_POINT_OF_NO_RETURN = "afterPointOfNoReturn";

    // Weekend testing
    /** Integers. */
    public static final String ASSIGNMENTS = "assignments";
    public static final String UNASSIGNED = "unassigned";
    public static final String CRITICAL_SCENARIOS = "criticalScenarios";
    public static final String SCENARIOS = "scenarios";
    public static final String PASSED = "passed";
    /** List of strings: the scenarios of a tester, one line each. */
    public static final String SCENARIO_TITLES = "scenarioTitles";
    public static final String SCENARIO = "scenario";
    public static final String AREA = "area";
    public static final String NOTES = "notes";
    /** String: the round of a test result when it is not the weekend's (STAGING), with {@link #REHEARSAL_ID}. */
    public static final String ROUND = "round";
    /** List of strings: the changes of a training list, one each ("MOVED_MENU: … (in …, noted by …)"). */
    public static final String CHANGES = "changes";
    /** Instants: a tester's first slot start and last slot end, or one assignment's slot. */
    public static final String START = "start";
    public static final String END = "end";

    // Made by the hub
    /** Duration: how long before the downtime start a reminder goes out. */
    public static final String REMINDER_BEFORE = "reminderBefore";
    /** Instants. */
    public static final String LAST_UPDATE_AT = "lastUpdateAt";
    public static final String NEXT_UPDATE_BY = "nextUpdateBy";
    public static final String TEXT = "text";
    public static final String PAGE_ID = "pageId";
    public static final String PAGE_LEVEL = "pageLevel";
    /** Instant. */
    public static final String ACKNOWLEDGE_BY = "acknowledgeBy";

    private Facts() {
    }
}
