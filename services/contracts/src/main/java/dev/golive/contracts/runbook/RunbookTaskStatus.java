package dev.golive.contracts.runbook;

/** Where a runbook task is: PLANNED until its owner starts it; DONE, FAILED and SKIPPED end it (FAILED may be started again). */
public enum RunbookTaskStatus {
    PLANNED, RUNNING, DONE, FAILED, SKIPPED
}
