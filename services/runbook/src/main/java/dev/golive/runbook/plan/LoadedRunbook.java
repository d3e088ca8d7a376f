package dev.golive.runbook.plan;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.runbook.cutover.CutoverProjection;
import dev.golive.runbook.domain.Plan;
import dev.golive.runbook.domain.Projection;
import dev.golive.runbook.domain.Readiness;
import dev.golive.runbook.domain.TaskGraph;
import dev.golive.runbook.domain.TaskProgress;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cutover's runbook read once from its rows, with the domain's plan, projection and readiness of
 * its go-live list and of its rollback list computed on it (one topological pass each).
 */
public final class LoadedRunbook {

    public final RunbookRow runbook;
    public final CutoverProjection cutover;
    public final Map<Milestone, Instant> milestones;
    public final Part main;
    public final Part rollback;
    public final Readiness readiness;
    public final Instant now;
    private final Map<UUID, TaskRow> byId = new HashMap<>();

    /** One list of tasks (go-live or rollback) and what the domain makes of it. */
    public static final class Part {
        public final List<TaskRow> rows;
        public final TaskGraph graph;
        public final Plan plan;
        public final TaskProgress[] progress;
        public final Projection projection;

        Part(List<TaskRow> rows, Map<Milestone, Instant> milestones, Instant rootStart, Instant now, Duration tolerance) {
            this.rows = rows;
            this.graph = TaskGraph.of(rows.stream().map(TaskRow::spec).toList());
            this.plan = Plan.of(graph, milestones, rootStart);
            this.progress = rows.stream().map(TaskRow::progress).toArray(TaskProgress[]::new);
            this.projection = Projection.of(plan, progress, milestones, now, tolerance);
        }

        public int indexOf(TaskRow row) {
            return graph.indexOf(row.id());
        }

        /** The rows in plan order: topological, then planned start. */
        public List<TaskRow> inPlanOrder() {
            return java.util.Arrays.stream(plan.planOrder()).mapToObj(rows::get).toList();
        }
    }

    public LoadedRunbook(RunbookRow runbook, CutoverProjection cutover, List<TaskRow> rows, Instant now,
                         Duration tolerance) {
        this.runbook = runbook;
        this.cutover = cutover;
        this.now = now;
        this.milestones = cutover.milestoneMap();
        rows.forEach(r -> byId.put(r.taskId, r));
        Instant start = milestones.getOrDefault(Milestone.DOWNTIME_START,
                milestones.values().stream().min(Comparator.naturalOrder()).orElse(runbook.instantiatedAt));
        Instant rollbackStart = cutover.rollbackDecidedAt != null ? cutover.rollbackDecidedAt
                : milestones.getOrDefault(Milestone.POINT_OF_NO_RETURN, start);
        this.main = new Part(rows.stream().filter(r -> !r.rollback).toList(), milestones, start, now, tolerance);
        this.rollback = new Part(rows.stream().filter(r -> r.rollback).toList(), milestones, rollbackStart, now, tolerance);
        this.readiness = Readiness.of(main.plan, main.progress, milestones);
    }

    public TaskRow task(UUID taskId) {
        return byId.get(taskId);
    }

    public Part partOf(TaskRow row) {
        return row.rollback ? rollback : main;
    }

    public List<TaskRow> allRows() {
        return byId.values().stream().toList();
    }
}
