package dev.golive.runbook.domain;

import dev.golive.contracts.runbook.RunbookTaskStatus;

import java.time.Instant;

/** What has been observed of a task: its status and actual times (null until then), and the reason of a skip or failure. */
public record TaskProgress(RunbookTaskStatus status, Instant actualStart, Instant actualFinish, String reason) {

    public static final TaskProgress PLANNED = new TaskProgress(RunbookTaskStatus.PLANNED, null, null, null);

    public boolean finished() {
        return status == RunbookTaskStatus.DONE || status == RunbookTaskStatus.SKIPPED;
    }
}
