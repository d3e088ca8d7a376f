package dev.golive.planner.domain;

/** The two outcomes of a go/no-go: the gates' recommendation, and the ops lead's decision. */
public enum GoNoGo {
    GO,
    NO_GO
}
