package dev.golive.contracts.cutover;

/** The fixed points of a go-live window, in the order they occur. */
public enum Milestone {
    /** A fresh staging rehearsal must have succeeded by then. */
    STAGING_REFRESH_DEADLINE,
    /** The ops lead decides whether the go-live starts. */
    GO_NO_GO,
    /** Production goes down and the live upgrade starts. */
    DOWNTIME_START,
    /** The upgraded production system is expected back online. */
    SYSTEM_BACK_EXPECTED,
    /** Technical staff finish their review; power users start testing. */
    TECHNICAL_REVIEW_END,
    /** Power-user testing ends. */
    WEEKEND_TESTING_END,
    /** The last moment a rollback (restore plus re-validation) still finishes before business resumes. */
    POINT_OF_NO_RETURN,
    /** Staff are back at work on the upgraded system. */
    BUSINESS_RESUME
}
