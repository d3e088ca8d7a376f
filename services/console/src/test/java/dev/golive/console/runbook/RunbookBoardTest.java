package dev.golive.console.runbook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.golive.console.runbook.Tasks.at;
import static dev.golive.console.runbook.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;

class RunbookBoardTest {

    private static final java.time.Instant NOW = at("2026-03-07T20:00:00Z");

    private final RunbookTask backup = task("backup", "Take the pre-upgrade backup").status("DONE")
            .planned("2026-03-07T17:00:00Z", "2026-03-07T18:00:00Z").actual("2026-03-07T17:05:00Z", "2026-03-07T18:10:00Z").build();
    private final RunbookTask upgrade = task("upgrade", "Run the upgrade").status("RUNNING").dependsOn("backup")
            .expected("PT1H30M").planned("2026-03-07T18:00:00Z", "2026-03-07T19:30:00Z")
            .actual("2026-03-07T18:15:00Z", null).build();
    private final RunbookTask announce = task("announce", "Announce the downtime").dependsOn("backup")
            .planned("2026-03-07T21:00:00Z", "2026-03-07T21:15:00Z").build();
    private final RunbookTask dns = task("dns", "Switch the DNS").dependsOn("backup")
            .planned("2026-03-07T19:00:00Z", "2026-03-07T19:10:00Z").build();
    private final RunbookTask smoke = task("smoke", "Smoke test").dependsOn("upgrade")
            .planned("2026-03-07T22:00:00Z", "2026-03-07T23:00:00Z").build();
    private final RunbookTask mail = task("mail", "Check the outgoing mail server").status("FAILED")
            .planned("2026-03-07T17:00:00Z", "2026-03-07T17:30:00Z").actual("2026-03-07T17:00:00Z", "2026-03-07T17:20:00Z").build();

    @Test
    void running_next_late_failed_and_the_rest_each_hold_a_task_once_in_plan_order() {
        RunbookBoard board = RunbookBoard.of(List.of(backup, mail, upgrade, dns, announce, smoke), NOW);

        assertThat(board.running()).extracting(r -> r.task().taskId()).containsExactly("upgrade");
        assertThat(board.late()).extracting(r -> r.task().taskId()).containsExactly("dns");
        assertThat(board.failed()).extracting(r -> r.task().taskId()).containsExactly("mail");
        assertThat(board.next()).extracting(r -> r.task().taskId()).containsExactly("announce");
        assertThat(board.rest()).extracting(r -> r.task().taskId()).containsExactly("backup", "smoke");
    }

    @Test
    void a_running_task_says_since_when_and_how_far_past_its_expected_duration() {
        RunbookBoard.Row running = RunbookBoard.of(List.of(backup, upgrade), NOW).running().get(0);

        assertThat(running.runningFor()).isEqualTo(Duration.ofMinutes(105));
        assertThat(running.overBy()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_running_task_within_its_expected_duration_is_not_over() {
        RunbookBoard.Row running = RunbookBoard.of(List.of(backup, upgrade), at("2026-03-07T19:00:00Z")).running().get(0);

        assertThat(running.runningFor()).isEqualTo(Duration.ofMinutes(45));
        assertThat(running.overBy()).isNull();
    }

    @Test
    void a_late_task_says_how_late_and_whether_it_may_start() {
        RunbookBoard.Row late = RunbookBoard.of(List.of(backup, upgrade, dns), NOW).late().get(0);

        assertThat(late.lateBy()).isEqualTo(Duration.ofHours(1));
        assertThat(late.ready()).isTrue();
    }

    @Test
    void a_task_the_service_marks_overdue_is_late_even_before_its_planned_start() {
        RunbookTask flagged = task("flag", "Freeze the integrations").overdue()
                .planned("2026-03-07T20:30:00Z", "2026-03-07T21:00:00Z").build();

        RunbookBoard board = RunbookBoard.of(List.of(flagged), NOW);

        assertThat(board.late()).extracting(r -> r.task().taskId()).containsExactly("flag");
        assertThat(board.late().get(0).lateBy()).isNull();
    }

    @Test
    void a_task_waiting_on_unfinished_work_names_it_and_is_not_next() {
        RunbookBoard board = RunbookBoard.of(List.of(backup, upgrade, smoke), NOW);

        RunbookBoard.Row waiting = board.rest().stream().filter(r -> r.task().taskId().equals("smoke")).findFirst().orElseThrow();
        assertThat(waiting.ready()).isFalse();
        assertThat(waiting.waitingOn()).containsExactly("Run the upgrade");
        assertThat(board.next()).isEmpty();
    }

    @Test
    void a_skipped_dependency_lets_the_next_task_start() {
        RunbookTask skipped = task("backup", "Take the pre-upgrade backup").status("SKIPPED")
                .planned("2026-03-07T17:00:00Z", "2026-03-07T18:00:00Z").build();

        RunbookBoard board = RunbookBoard.of(List.of(skipped, announce), NOW);

        assertThat(board.next()).extracting(r -> r.task().taskId()).containsExactly("announce");
    }

    @Test
    void ownership_is_by_name_or_by_a_role_the_person_holds() {
        RunbookTask byRole = task("a", "A").build();
        assertThat(byRole.ownedBy("oscar", List.of("on-call"))).isTrue();
        assertThat(byRole.ownedBy("tess", List.of("tester"))).isFalse();
        RunbookTask byName = RunbookTask.from(new java.util.HashMap<>(java.util.Map.of("taskId", "b", "title", "B",
                "status", "PLANNED", "owner", java.util.Map.of("kind", "PERSON", "name", "nina"))));
        assertThat(byName.ownedBy("nina", List.of())).isTrue();
        assertThat(byName.ownedBy("oscar", List.of("on-call"))).isFalse();
    }
}
