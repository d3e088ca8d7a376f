package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.RunbookTaskStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Where the weekend is heading, from the actual times so far and the planned durations ahead: each
 * task's projected start and finish, the critical path (the chain of tasks that determines when the
 * business can resume), the projected ready-for-business and system-back instants and what they
 * mean against business resume and the point of no return. One pass in topological order.
 *
 * <ul>
 *   <li>DONE / SKIPPED: the actual times;</li>
 *   <li>RUNNING: actual start plus the expected duration, but never before now;</li>
 *   <li>PLANNED: the latest of its anchor, its dependencies' projected finish and now;</li>
 *   <li>FAILED: retried, so like PLANNED without its anchor (now plus the expected duration again at the earliest);
 *       its dependants wait for it.</li>
 * </ul>
 */
public final class Projection {

    private final long[] start;
    private final long[] finish;
    private final boolean[] critical;
    private final List<Integer> criticalPath;
    private final Instant projectedReadyAt;
    private final Instant projectedSystemBackAt;
    private final Instant businessResumeAt;
    private final Instant pointOfNoReturnAt;
    private final List<Integer> overdue;
    private final boolean[] overdueFlags;

    private Projection(long[] start, long[] finish, boolean[] critical, List<Integer> criticalPath,
                       Instant projectedReadyAt, Instant projectedSystemBackAt, Instant businessResumeAt,
                       Instant pointOfNoReturnAt, List<Integer> overdue) {
        this.start = start;
        this.finish = finish;
        this.critical = critical;
        this.criticalPath = criticalPath;
        this.projectedReadyAt = projectedReadyAt;
        this.projectedSystemBackAt = projectedSystemBackAt;
        this.businessResumeAt = businessResumeAt;
        this.pointOfNoReturnAt = pointOfNoReturnAt;
        this.overdue = overdue;
        this.overdueFlags = new boolean[start.length];
        overdue.forEach(i -> overdueFlags[i] = true);
    }

    /**
     * @param progress  the status and actual times of each task, by index of the plan's graph
     * @param tolerance how long after its planned finish an unfinished task is overdue
     */
    public static Projection of(Plan plan, TaskProgress[] progress, Map<Milestone, Instant> milestones,
                                Instant now, Duration tolerance) {
        TaskGraph graph = plan.graph();
        int n = graph.size();
        long nowMs = now.toEpochMilli();
        long[] start = new long[n];
        long[] finish = new long[n];
        int[] driver = new int[n];
        for (int i : graph.order()) {
            TaskSpec task = graph.task(i);
            TaskProgress p = progress[i] == null ? TaskProgress.PLANNED : progress[i];
            long duration = task.expectedDuration().toMillis();
            driver[i] = -1;
            switch (p.status()) {
                case DONE, SKIPPED -> {
                    Instant s = p.actualStart() != null ? p.actualStart() : p.actualFinish() != null ? p.actualFinish() : now;
                    start[i] = s.toEpochMilli();
                    finish[i] = p.actualFinish() != null ? p.actualFinish().toEpochMilli() : start[i];
                }
                case RUNNING -> {
                    start[i] = p.actualStart() != null ? p.actualStart().toEpochMilli() : nowMs;
                    finish[i] = Math.max(start[i] + duration, nowMs);
                }
                case PLANNED, FAILED -> {
                    long own = nowMs;
                    if (p.status() == RunbookTaskStatus.PLANNED) {
                        own = Math.max(own, ownStart(plan, graph, i, milestones));
                    }
                    long depFinish = Long.MIN_VALUE;
                    int latest = -1;
                    for (int d : graph.deps(i)) {
                        if (finish[d] > depFinish) {
                            depFinish = finish[d];
                            latest = d;
                        }
                    }
                    // The chain continues through the dependency when it, not the anchor or the clock, sets the start.
                    if (latest >= 0 && depFinish >= own) {
                        driver[i] = latest;
                    }
                    start[i] = Math.max(own, depFinish);
                    finish[i] = start[i] + duration;
                }
            }
        }

        int resume = graph.observing(WeekendFact.BUSINESS_RESUMED);
        Instant readyAt;
        int chainEnd;
        if (resume >= 0) {
            long latest = Long.MIN_VALUE;
            chainEnd = -1;
            for (int d : graph.deps(resume)) {
                if (finish[d] > latest) {
                    latest = finish[d];
                    chainEnd = d;
                }
            }
            readyAt = chainEnd >= 0 ? Instant.ofEpochMilli(latest) : Instant.ofEpochMilli(start[resume]);
        } else {
            chainEnd = -1;
            for (int i = 0; i < n; i++) {
                if (chainEnd < 0 || finish[i] > finish[chainEnd]) {
                    chainEnd = i;
                }
            }
            readyAt = chainEnd >= 0 ? Instant.ofEpochMilli(finish[chainEnd]) : null;
        }
        boolean[] critical = new boolean[n];
        List<Integer> path = new ArrayList<>();
        for (int at = chainEnd; at >= 0; at = driver[at]) {
            critical[at] = true;
            path.add(at);
        }
        Collections.reverse(path);

        int back = graph.observing(WeekendFact.SYSTEM_BACK);
        Instant systemBackAt = back >= 0 ? Instant.ofEpochMilli(finish[back]) : null;

        List<Integer> overdue = new ArrayList<>();
        for (int i : plan.planOrder()) {
            TaskProgress p = progress[i] == null ? TaskProgress.PLANNED : progress[i];
            if (isOverdue(p, plan.finish(i), now, tolerance)) {
                overdue.add(i);
            }
        }
        return new Projection(start, finish, critical, List.copyOf(path), readyAt, systemBackAt,
                milestones.get(Milestone.BUSINESS_RESUME), milestones.get(Milestone.POINT_OF_NO_RETURN),
                List.copyOf(overdue));
    }

    /** The task's own earliest start, apart from its dependencies: its anchor, or the root start for a task with neither. */
    private static long ownStart(Plan plan, TaskGraph graph, int i, Map<Milestone, Instant> milestones) {
        TaskSpec task = graph.task(i);
        Instant anchored = task.anchor() == null ? null : task.anchor().in(milestones);
        if (anchored != null) {
            return anchored.toEpochMilli();
        }
        return graph.deps(i).length == 0 ? plan.startMillis(i) : Long.MIN_VALUE;
    }

    /** A task not finished {@code tolerance} after its planned finish. */
    public static boolean isOverdue(TaskProgress progress, Instant plannedFinish, Instant now, Duration tolerance) {
        return !progress.finished() && now.isAfter(plannedFinish.plus(tolerance));
    }

    public Instant start(int i) {
        return Instant.ofEpochMilli(start[i]);
    }

    public Instant finish(int i) {
        return Instant.ofEpochMilli(finish[i]);
    }

    public boolean critical(int i) {
        return critical[i];
    }

    /** Task indexes on the critical path, first to last. */
    public List<Integer> criticalPath() {
        return criticalPath;
    }

    public Instant projectedReadyAt() {
        return projectedReadyAt;
    }

    public Instant projectedSystemBackAt() {
        return projectedSystemBackAt;
    }

    public Instant businessResumeAt() {
        return businessResumeAt;
    }

    public Instant pointOfNoReturnAt() {
        return pointOfNoReturnAt;
    }

    /** Business resume minus projected ready: negative when the weekend is projected to run late. */
    public Duration marginToBusinessResume() {
        return businessResumeAt == null || projectedReadyAt == null ? null
                : Duration.between(projectedReadyAt, businessResumeAt);
    }

    /** True when the upgraded system is projected back after the point of no return. */
    public boolean crossesPointOfNoReturn() {
        return projectedSystemBackAt != null && pointOfNoReturnAt != null && projectedSystemBackAt.isAfter(pointOfNoReturnAt);
    }

    /** Indexes of the overdue tasks, in plan order. */
    public List<Integer> overdue() {
        return overdue;
    }

    public boolean overdue(int i) {
        return overdueFlags[i];
    }
}
