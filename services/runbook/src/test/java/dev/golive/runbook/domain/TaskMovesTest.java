package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskMovesTest {

    static final Instant AT = Instant.parse("2025-06-13T16:00:00Z");
    static final TaskSpec BACKUP = spec("Take the pre-upgrade backup", null);
    static final TaskSpec DOWN = spec("Take production down", WeekendFact.DOWNTIME_STARTED);
    static final TaskSpec UPGRADE = spec("The production upgrade runs", WeekendFact.SYSTEM_BACK);
    static final TaskMoves.Context FREE = new TaskMoves.Context(List.of(), true, false, false);

    static TaskSpec spec(String title, WeekendFact observes) {
        return new TaskSpec(title, title, title, null, new TaskOwner(TaskOwner.Kind.ROLE, "on-call"), List.of(), null,
                Duration.ofHours(1), observes, List.of());
    }

    @Test
    void a_task_starts_only_once_its_dependencies_are_finished_and_says_which_are_not() {
        TaskMoves.Context waiting = new TaskMoves.Context(List.of(BACKUP), true, false, false);
        assertThatThrownBy(() -> TaskMoves.start(UPGRADE, TaskProgress.PLANNED, waiting, AT))
                .isInstanceOf(Refusal.class)
                .hasMessage("its dependencies are not finished: Take the pre-upgrade backup");
        TaskProgress running = TaskMoves.start(UPGRADE, TaskProgress.PLANNED, FREE, AT);
        assertThat(running.status()).isEqualTo(RunbookTaskStatus.RUNNING);
        assertThat(running.actualStart()).isEqualTo(AT);
    }

    @Test
    void production_goes_down_only_after_a_go_decision() {
        TaskMoves.Context noGo = new TaskMoves.Context(List.of(), false, false, false);
        assertThatThrownBy(() -> TaskMoves.start(DOWN, TaskProgress.PLANNED, noGo, AT))
                .hasMessage("production may go down only after a GO decision");
        assertThat(TaskMoves.start(DOWN, TaskProgress.PLANNED, FREE, AT).status()).isEqualTo(RunbookTaskStatus.RUNNING);
        // Other tasks do not wait for the decision.
        assertThat(TaskMoves.start(BACKUP, TaskProgress.PLANNED, noGo, AT).status()).isEqualTo(RunbookTaskStatus.RUNNING);
    }

    @Test
    void rollback_tasks_start_only_after_a_roll_back_decision() {
        TaskMoves.Context notDecided = new TaskMoves.Context(List.of(), true, true, false);
        assertThatThrownBy(() -> TaskMoves.start(BACKUP, TaskProgress.PLANNED, notDecided, AT))
                .hasMessageContaining("only after a ROLL_BACK decision");
    }

    @Test
    void running_ends_done_or_failed_and_a_failure_is_retried() {
        TaskProgress running = TaskMoves.start(UPGRADE, TaskProgress.PLANNED, FREE, AT);
        TaskProgress failed = TaskMoves.fail(UPGRADE, running, "migration error", AT.plusSeconds(60));
        assertThat(failed.status()).isEqualTo(RunbookTaskStatus.FAILED);
        assertThat(failed.reason()).isEqualTo("migration error");
        TaskProgress retried = TaskMoves.start(UPGRADE, failed, FREE, AT.plusSeconds(120));
        assertThat(retried.status()).isEqualTo(RunbookTaskStatus.RUNNING);
        assertThat(retried.actualStart()).isEqualTo(AT.plusSeconds(120));
        TaskProgress done = TaskMoves.complete(UPGRADE, retried, AT.plusSeconds(180));
        assertThat(done.status()).isEqualTo(RunbookTaskStatus.DONE);
        assertThat(done.actualFinish()).isEqualTo(AT.plusSeconds(180));
    }

    @Test
    void done_and_skipped_are_final() {
        TaskProgress done = new TaskProgress(RunbookTaskStatus.DONE, AT, AT, null);
        assertThatThrownBy(() -> TaskMoves.start(BACKUP, done, FREE, AT)).hasMessageContaining("it is done");
        assertThatThrownBy(() -> TaskMoves.skip(BACKUP, done, "late", AT)).isInstanceOf(Refusal.class);
        TaskProgress skipped = TaskMoves.skip(BACKUP, TaskProgress.PLANNED, "backup taken on Thursday", AT);
        assertThatThrownBy(() -> TaskMoves.complete(BACKUP, skipped, AT)).hasMessageContaining("skipped, not running");
    }

    @Test
    void a_skip_needs_a_reason_and_only_a_running_task_completes() {
        assertThatThrownBy(() -> TaskMoves.skip(BACKUP, TaskProgress.PLANNED, " ", AT)).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> TaskMoves.complete(BACKUP, TaskProgress.PLANNED, AT))
                .hasMessage("'Take the pre-upgrade backup' cannot complete: it is planned, not started, not running");
    }
}
