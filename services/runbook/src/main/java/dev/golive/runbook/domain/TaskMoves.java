package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.RunbookTaskStatus;

import java.time.Instant;
import java.util.List;

import static dev.golive.contracts.runbook.RunbookTaskStatus.DONE;
import static dev.golive.contracts.runbook.RunbookTaskStatus.FAILED;
import static dev.golive.contracts.runbook.RunbookTaskStatus.PLANNED;
import static dev.golive.contracts.runbook.RunbookTaskStatus.RUNNING;
import static dev.golive.contracts.runbook.RunbookTaskStatus.SKIPPED;

/**
 * The task state machine: PLANNED → RUNNING once every dependency is DONE or SKIPPED (and, for the
 * task that takes production down, only after a GO decision; for a rollback task, only after a
 * ROLL_BACK decision); RUNNING → DONE | FAILED; FAILED → RUNNING (a retry); PLANNED | FAILED →
 * SKIPPED with a reason. DONE and SKIPPED are final. A move that is not allowed is a {@link Refusal}
 * saying why with the tasks' titles.
 */
public final class TaskMoves {

    public static final int MAX_REASON = 500;

    /** What the move needs to know beyond the task itself. */
    public record Context(List<TaskSpec> unfinishedDependencies, boolean goDecided, boolean rollbackTask,
                          boolean rollbackActive) {
    }

    public static TaskProgress start(TaskSpec task, TaskProgress now, Context context, Instant at) {
        if (now.status() != PLANNED && now.status() != FAILED) {
            throw new Refusal("not-startable", "'" + task.title() + "' cannot start: it is " + words(now.status()));
        }
        if (context.rollbackTask() && !context.rollbackActive()) {
            throw new Refusal("rollback-not-decided",
                    "'" + task.title() + "' is a rollback task: it applies only after a ROLL_BACK decision");
        }
        if (!context.unfinishedDependencies().isEmpty()) {
            throw new Refusal("dependencies-not-finished", "its dependencies are not finished: "
                    + String.join(", ", context.unfinishedDependencies().stream().map(TaskSpec::title).toList()));
        }
        if (task.observes() == WeekendFact.DOWNTIME_STARTED && !context.goDecided()) {
            throw new Refusal("no-go-decision", "production may go down only after a GO decision");
        }
        return new TaskProgress(RUNNING, at, null, null);
    }

    public static TaskProgress complete(TaskSpec task, TaskProgress now, Instant at) {
        requireRunning(task, now, "complete");
        return new TaskProgress(DONE, now.actualStart(), notBefore(at, now.actualStart()), null);
    }

    public static TaskProgress fail(TaskSpec task, TaskProgress now, String reason, Instant at) {
        requireRunning(task, now, "fail");
        return new TaskProgress(FAILED, now.actualStart(), notBefore(at, now.actualStart()), reason);
    }

    public static TaskProgress skip(TaskSpec task, TaskProgress now, String reason, Instant at) {
        if (now.status() != PLANNED && now.status() != FAILED) {
            throw new Refusal("not-skippable", "'" + task.title() + "' cannot be skipped: it is " + words(now.status())
                    + " (only a planned or failed task can be)");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("reason-required", "skipping '" + task.title() + "' needs a reason");
        }
        return new TaskProgress(SKIPPED, now.actualStart(), at, reason);
    }

    private static void requireRunning(TaskSpec task, TaskProgress now, String verb) {
        if (now.status() != RUNNING) {
            throw new Refusal("not-running", "'" + task.title() + "' cannot " + verb + ": it is " + words(now.status())
                    + ", not running");
        }
    }

    private static Instant notBefore(Instant at, Instant start) {
        return start != null && at.isBefore(start) ? start : at;
    }

    static String words(RunbookTaskStatus status) {
        return switch (status) {
            case PLANNED -> "planned, not started";
            case RUNNING -> "running";
            case DONE -> "done";
            case FAILED -> "failed";
            case SKIPPED -> "skipped";
        };
    }

    private TaskMoves() {
    }
}
