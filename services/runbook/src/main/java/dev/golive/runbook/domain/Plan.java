package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.Milestone;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The planned start and finish of every task, from the milestones and the expected durations alone
 * (never from what was observed): a task starts at its anchor, or when its last dependency is planned
 * to finish if that is later; a task with neither starts at {@code rootStart}.
 */
public final class Plan {

    private final TaskGraph graph;
    private final long[] start;
    private final long[] finish;
    private final int[] planOrder;

    private Plan(TaskGraph graph, long[] start, long[] finish, int[] planOrder) {
        this.graph = graph;
        this.start = start;
        this.finish = finish;
        this.planOrder = planOrder;
    }

    public static Plan of(TaskGraph graph, Map<Milestone, Instant> milestones, Instant rootStart) {
        int n = graph.size();
        long[] start = new long[n];
        long[] finish = new long[n];
        long root = rootStart.toEpochMilli();
        for (int i : graph.order()) {
            TaskSpec task = graph.task(i);
            Instant anchored = task.anchor() == null ? null : task.anchor().in(milestones);
            long at = Long.MIN_VALUE;
            if (anchored != null) {
                at = anchored.toEpochMilli();
            }
            for (int d : graph.deps(i)) {
                at = Math.max(at, finish[d]);
            }
            if (at == Long.MIN_VALUE) {
                at = root;
            }
            start[i] = at;
            finish[i] = at + task.expectedDuration().toMillis();
        }
        // Plan order: by planned start, ties in topological order. A dependant never starts before its
        // dependency does (it starts at or after its finish), so this order is topological as well.
        int[] rank = new int[n];
        int[] topo = graph.order();
        for (int r = 0; r < n; r++) {
            rank[topo[r]] = r;
        }
        int[] planOrder = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> start[i]).thenComparingInt(i -> rank[i]))
                .mapToInt(Integer::intValue).toArray();
        return new Plan(graph, start, finish, planOrder);
    }

    public TaskGraph graph() {
        return graph;
    }

    public Instant start(int i) {
        return Instant.ofEpochMilli(start[i]);
    }

    public Instant finish(int i) {
        return Instant.ofEpochMilli(finish[i]);
    }

    long startMillis(int i) {
        return start[i];
    }

    long finishMillis(int i) {
        return finish[i];
    }

    /** Task indexes in plan order: topological, then planned start. */
    public int[] planOrder() {
        return planOrder.clone();
    }

    public List<TaskSpec> tasksInPlanOrder() {
        return Arrays.stream(planOrder).mapToObj(graph::task).toList();
    }
}
