package dev.golive.contracts.cutover;

/**
 * What the weekend actually did, as opposed to what its milestones planned. Each fact is observed
 * on one runbook task: the downtime when the task that takes production down <em>starts</em>, the
 * system back and the business resumed when their tasks <em>finish</em>.
 */
public enum WeekendFact {
    /** Production went down for the upgrade (its planned counterpart: DOWNTIME_START). */
    DOWNTIME_STARTED(Milestone.DOWNTIME_START, false),
    /** The upgraded production database is back and usable (planned: SYSTEM_BACK_EXPECTED). */
    SYSTEM_BACK(Milestone.SYSTEM_BACK_EXPECTED, true),
    /** Business runs on the upgraded system again (planned: BUSINESS_RESUME). */
    BUSINESS_RESUMED(Milestone.BUSINESS_RESUME, true);

    private final Milestone planned;
    private final boolean observedOnFinish;

    WeekendFact(Milestone planned, boolean observedOnFinish) {
        this.planned = planned;
        this.observedOnFinish = observedOnFinish;
    }

    /** The milestone that plans this fact. */
    public Milestone planned() {
        return planned;
    }

    /** True when the task's finishing (DONE) observes the fact; false when its start (RUNNING) does. */
    public boolean observedOnFinish() {
        return observedOnFinish;
    }
}
