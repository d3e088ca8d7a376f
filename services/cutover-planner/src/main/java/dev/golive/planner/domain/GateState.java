package dev.golive.planner.domain;

/** Where a gate stands; UNKNOWN means no evidence has arrived yet, and it does not pass. */
public enum GateState {
    PASSED,
    FAILED,
    UNKNOWN
}
