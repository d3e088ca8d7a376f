package dev.golive.testing.domain;

/**
 * What a tester found: the flow works ({@code PASSED}), it does not ({@code FAILED}: a failed
 * critical scenario becomes an incident), or it could not be tested ({@code BLOCKED}: missing
 * access, data, or a failure upstream). A scenario may be tested again; its latest result counts.
 */
public enum Outcome {
    PASSED,
    FAILED,
    BLOCKED
}
