package dev.golive.contracts.cutover;

/** The status of a cutover; cutover-planner owns its allowed transitions. */
public enum CutoverStatus {
    DRAFT,
    SCHEDULED,
    GO_NO_GO_PASSED,
    GO_NO_GO_FAILED,
    IN_PROGRESS,
    WEEKEND_TESTING,
    COMPLETED,
    ROLLED_BACK,
    CANCELLED
}
