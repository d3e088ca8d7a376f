package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.problems.field.FieldViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanAndProjectionTest {

    static final TaskOwner ON_CALL = new TaskOwner(TaskOwner.Kind.ROLE, "on-call");
    final Map<Milestone, Instant> window = Weekend.window(LocalDateTime.of(2025, 6, 13, 18, 0));
    final Instant down = window.get(Milestone.DOWNTIME_START);

    static TaskSpec task(String id, String title, String duration, Anchor anchor, String... deps) {
        return new TaskSpec(id, id, title, null, ON_CALL, List.of(deps), anchor, Duration.parse(duration), null, List.of());
    }

    @Test
    void planned_times_come_from_the_milestones_and_durations_alone() {
        List<TaskSpec> tasks = Weekend.builtIn(window, Duration.ofHours(3));
        Plan plan = Plan.of(TaskGraph.of(tasks), window, down);
        TaskGraph g = plan.graph();

        assertThat(plan.start(Weekend.byKey(g, "take-production-down"))).isEqualTo(down);
        // 15 + 20 + 30 + 10 minutes of preparation, then the forecast of 3 hours.
        int upgrade = Weekend.byKey(g, "production-upgrade");
        assertThat(plan.start(upgrade)).isEqualTo(down.plus(Duration.ofMinutes(75)));
        assertThat(plan.finish(upgrade)).isEqualTo(down.plus(Duration.ofMinutes(75)).plus(Duration.ofHours(3)));
        // Power users start at the end of the technical review (anchored) and test until the weekend testing end.
        int testing = Weekend.byKey(g, "power-user-testing");
        assertThat(plan.start(testing)).isEqualTo(window.get(Milestone.TECHNICAL_REVIEW_END));
        assertThat(plan.finish(testing)).isEqualTo(window.get(Milestone.WEEKEND_TESTING_END));
        assertThat(plan.start(Weekend.byKey(g, "business-resumes"))).isEqualTo(window.get(Milestone.BUSINESS_RESUME));
    }

    @Test
    void without_a_forecast_the_upgrade_lasts_from_downtime_start_to_the_expected_system_back() {
        List<TaskSpec> tasks = Weekend.builtIn(window, null);
        TaskGraph g = TaskGraph.of(tasks);
        assertThat(g.task(Weekend.byKey(g, "production-upgrade")).expectedDuration()).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void an_anchored_task_also_waits_for_its_dependencies() {
        Anchor early = new Anchor(Milestone.DOWNTIME_START, Duration.ZERO);
        List<TaskSpec> tasks = List.of(task("a", "Long preparation", "PT3H", early),
                task("b", "Anchored at downtime start", "PT1H", early, "a"));
        Plan plan = Plan.of(TaskGraph.of(tasks), window, down);
        assertThat(plan.start(1)).isEqualTo(down.plus(Duration.ofHours(3)));
    }

    @Test
    void a_cycle_is_refused_naming_the_titles_on_it() {
        List<TaskSpec> tasks = List.of(task("a", "Backup", "PT1H", null, "c"), task("b", "Upgrade", "PT1H", null, "a"),
                task("c", "Review", "PT1H", null, "b"), task("d", "Outside", "PT1H", null));
        List<FieldViolation> violations = TaskGraph.violations(tasks, "tasks");
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).field()).endsWith(".dependsOn");
        assertThat(violations.get(0).message()).contains("cycle").contains("Backup").contains("Upgrade")
                .contains("Review").doesNotContain("Outside");
        assertThatThrownBy(() -> TaskGraph.of(tasks)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_dependency_on_a_missing_task_is_refused_naming_it() {
        List<TaskSpec> tasks = List.of(task("a", "Backup", "PT1H", null, "ghost"));
        assertThat(TaskGraph.violations(tasks, "tasks"))
                .containsExactly(new FieldViolation("tasks[0].dependsOn", "'ghost' is not a task of this runbook"));
    }

    @Test
    void texts_are_refused_beyond_their_limits_and_with_control_characters() {
        TaskSpec longTitle = new TaskSpec("a", "a", "x".repeat(201), "ok", ON_CALL, List.of(), null, Duration.ZERO, null, List.of());
        TaskSpec control = new TaskSpec("b", "b", "Bell\u0007", "d".repeat(2001), ON_CALL, List.of(), null, Duration.ZERO, null, List.of());
        assertThat(TaskGraph.violations(List.of(longTitle, control), "tasks")).extracting(FieldViolation::field)
                .containsExactly("tasks[0].title", "tasks[1].title", "tasks[1].description");
    }

    @Test
    void projection_follows_actual_times_and_the_critical_path_runs_through_the_late_chain() {
        List<TaskSpec> tasks = Weekend.builtIn(window, Duration.ofHours(3));
        Plan plan = Plan.of(TaskGraph.of(tasks), window, down);
        TaskGraph g = plan.graph();
        TaskProgress[] progress = new TaskProgress[g.size()];
        // Everything up to the upgrade done on time; the upgrade started 1 h late and is still running.
        for (String key : List.of("announce-downtime", "freeze-changes", "take-production-down", "stop-integrations",
                "pre-upgrade-backup", "request-upgrade")) {
            int i = Weekend.byKey(g, key);
            progress[i] = new TaskProgress(RunbookTaskStatus.DONE, plan.start(i), plan.finish(i), null);
        }
        int upgrade = Weekend.byKey(g, "production-upgrade");
        Instant upgradeStart = plan.start(upgrade).plus(Duration.ofHours(1));
        progress[upgrade] = new TaskProgress(RunbookTaskStatus.RUNNING, upgradeStart, null, null);
        Instant now = upgradeStart.plus(Duration.ofMinutes(30));

        Projection p = Projection.of(plan, progress, window, now, Duration.ofMinutes(15));

        assertThat(p.finish(upgrade)).isEqualTo(upgradeStart.plus(Duration.ofHours(3)));
        assertThat(p.projectedSystemBackAt()).isEqualTo(upgradeStart.plus(Duration.ofHours(3)));
        int review = Weekend.byKey(g, "technical-review");
        assertThat(p.start(review)).isEqualTo(p.finish(upgrade));
        assertThat(p.critical(upgrade)).isFalse(); // the testing anchor, not the upgrade, sets the chain to business resume
        assertThat(p.critical(Weekend.byKey(g, "power-user-testing"))).isTrue();
        assertThat(p.projectedReadyAt()).isEqualTo(p.finish(Weekend.byKey(g, "announce-resume")));
        assertThat(p.marginToBusinessResume()).isPositive();
        assertThat(p.crossesPointOfNoReturn()).isFalse();
    }

    @Test
    void a_long_upgrade_pushes_the_weekend_past_the_point_of_no_return_and_business_resume() {
        List<TaskSpec> tasks = Weekend.builtIn(window, Duration.ofHours(50));
        Plan plan = Plan.of(TaskGraph.of(tasks), window, down);
        TaskGraph g = plan.graph();
        Projection p = Projection.of(plan, new TaskProgress[g.size()], window, down.minus(Duration.ofDays(3)),
                Duration.ofMinutes(15));
        assertThat(p.crossesPointOfNoReturn()).isTrue();
        assertThat(p.marginToBusinessResume()).isNegative();
        // The chain now runs from the start of the weekend through the upgrade.
        assertThat(p.criticalPath()).contains(Weekend.byKey(g, "production-upgrade"), Weekend.byKey(g, "technical-review"));
        assertThat(p.critical(Weekend.byKey(g, "production-upgrade"))).isTrue();
    }

    @Test
    void a_failed_task_blocks_its_dependants_and_is_projected_as_a_retry_from_now() {
        List<TaskSpec> tasks = List.of(task("a", "Backup", "PT1H", new Anchor(Milestone.DOWNTIME_START, Duration.ZERO)),
                task("b", "Upgrade", "PT2H", null, "a"));
        Plan plan = Plan.of(TaskGraph.of(tasks), window, down);
        Instant now = down.plus(Duration.ofMinutes(90));
        TaskProgress[] progress = {new TaskProgress(RunbookTaskStatus.FAILED, down, down.plus(Duration.ofMinutes(80)), "disk full"), null};
        Projection p = Projection.of(plan, progress, window, now, Duration.ofMinutes(15));
        assertThat(p.finish(0)).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(p.start(1)).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(p.criticalPath()).containsExactly(0, 1);
    }

    @Test
    void a_task_is_overdue_only_once_the_tolerance_after_its_planned_finish_has_passed() {
        List<TaskSpec> tasks = List.of(task("a", "Backup", "PT1H", new Anchor(Milestone.DOWNTIME_START, Duration.ZERO)));
        Plan plan = Plan.of(TaskGraph.of(tasks), window, down);
        TaskProgress[] running = {new TaskProgress(RunbookTaskStatus.RUNNING, down, null, null)};
        Duration tolerance = Duration.ofMinutes(15);
        assertThat(Projection.of(plan, running, window, down.plus(Duration.ofMinutes(75)), tolerance).overdue()).isEmpty();
        assertThat(Projection.of(plan, running, window, down.plus(Duration.ofMinutes(76)), tolerance).overdue()).containsExactly(0);
        TaskProgress[] done = {new TaskProgress(RunbookTaskStatus.DONE, down, down.plus(Duration.ofHours(2)), null)};
        assertThat(Projection.of(plan, done, window, down.plus(Duration.ofHours(3)), tolerance).overdue()).isEmpty();
    }

    @Test
    void durations_are_exact_time_across_the_october_change_in_paris() {
        // Saturday 25 October 2025, 22:00 CEST; clocks go back at 03:00 CEST on Sunday.
        Map<Milestone, Instant> autumn = Weekend.window(LocalDateTime.of(2025, 10, 25, 22, 0));
        Instant start = autumn.get(Milestone.DOWNTIME_START);
        List<TaskSpec> tasks = List.of(task("a", "Overnight upgrade", "PT8H", new Anchor(Milestone.DOWNTIME_START, Duration.ZERO)));
        Plan plan = Plan.of(TaskGraph.of(tasks), autumn, start);
        // Eight hours of work end at 05:00 CET, not 06:00: the repeated hour is lived twice.
        assertThat(plan.finish(0).atZone(Weekend.PARIS).toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 10, 26, 5, 0));
        assertThat(Duration.between(plan.start(0), plan.finish(0))).isEqualTo(Duration.ofHours(8));
        // The template's testing lasts to the weekend testing end, whatever the change does to the wall clock.
        List<TaskSpec> builtIn = Weekend.builtIn(autumn, null);
        Plan full = Plan.of(TaskGraph.of(builtIn), autumn, start);
        int testing = Weekend.byKey(full.graph(), "power-user-testing");
        assertThat(full.finish(testing)).isEqualTo(autumn.get(Milestone.WEEKEND_TESTING_END));
    }

    @Test
    void readiness_waits_for_every_task_due_before_go_no_go_in_plan_order() {
        List<TaskSpec> tasks = Weekend.builtIn(window, null);
        Plan plan = Plan.of(TaskGraph.of(tasks), window, down);
        TaskGraph g = plan.graph();
        TaskProgress[] progress = new TaskProgress[g.size()];
        Readiness before = Readiness.of(plan, progress, window);
        assertThat(before.ready()).isFalse();
        assertThat(before.pending()).extracting(i -> g.task(i).title())
                .containsExactly("Announce the downtime to users", "Freeze changes on production");

        progress[Weekend.byKey(g, "announce-downtime")] = new TaskProgress(RunbookTaskStatus.DONE, down, down, null);
        progress[Weekend.byKey(g, "freeze-changes")] = new TaskProgress(RunbookTaskStatus.SKIPPED, null, down, "no changes planned");
        assertThat(Readiness.of(plan, progress, window).ready()).isTrue();
    }

    @Test
    void a_runbook_with_nothing_due_before_go_no_go_is_ready() {
        List<TaskSpec> tasks = List.of(task("a", "Backup", "PT1H", new Anchor(Milestone.DOWNTIME_START, Duration.ZERO)));
        Plan plan = Plan.of(TaskGraph.of(tasks), window, down);
        assertThat(Readiness.of(plan, new TaskProgress[1], window).ready()).isTrue();
    }
}
