package dev.golive.notification.domain;

/** What a person does during the go-live, which decides what they hear by default ({@link DefaultSubscriptions}). */
public enum StakeholderRole {
    /** Runs the weekend; the last level of a page. */
    OPS_LEAD,
    /** Technical staff on call: incidents and pages. */
    ON_CALL,
    /** A power user testing the upgraded system over the weekend. */
    TESTER,
    /** Wants to know whether Monday is safe, and little else. */
    BUSINESS_STAKEHOLDER
}
