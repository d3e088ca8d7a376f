package dev.golive.testing.plan;

/** A plan is a DRAFT until the ops lead publishes it; planning again makes it a draft once more, a moved window excepted. */
public enum PlanStatus {
    DRAFT,
    PUBLISHED
}
