package dev.golive.testing.domain;

/**
 * How much a scenario matters for Monday: a {@code CRITICAL} flow that fails over the weekend is a
 * reason to fix (or, in the worst case, to roll back) before the business resumes; sign-off waits
 * for every critical scenario to pass.
 */
public enum Criticality {
    CRITICAL,
    NORMAL
}
