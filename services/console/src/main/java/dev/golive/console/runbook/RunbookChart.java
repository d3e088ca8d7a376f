package dev.golive.console.runbook;

import dev.golive.console.chart.TimelineChart;
import dev.golive.console.chart.TimelineChart.Lane;
import dev.golive.console.chart.TimelineChart.Mark;
import dev.golive.console.chart.TimelineChart.Span;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The runbook's timeline: one lane per task (plan order) with its planned bar, what it did so far
 * (actual, or failed) and what is still projected of it, and the weekend's point of no return and
 * business resume.
 */
public final class RunbookChart {

    private RunbookChart() {
    }

    /** The chart of {@code tasks} in {@code zone}; either deadline may be null; null when no task has a time. */
    public static TimelineChart of(List<RunbookTask> tasks, ZoneId zone, Instant now, Instant pointOfNoReturn,
                                   Instant businessResume) {
        List<Lane> lanes = new ArrayList<>(tasks.size());
        for (RunbookTask task : tasks) {
            lanes.add(new Lane(task.taskId(), task.title(), task.status(), task.critical(), spans(task, now)));
        }
        return TimelineChart.of(lanes, zone, now, List.of(
                new Mark("point-of-no-return", "Point of no return", pointOfNoReturn),
                new Mark("business-resume", "Business resume", businessResume)));
    }

    /**
     * The plan; then what ran (until it finished, failed, or until now), with the remainder a running
     * task is still projected to need; a task not started yet shows where the projection puts it.
     */
    static List<Span> spans(RunbookTask task, Instant now) {
        List<Span> spans = new ArrayList<>(3);
        spans.add(new Span(TimelineChart.PLANNED, "Planned", task.plannedStart(), task.plannedFinish()));
        if (task.actualStart() != null) {
            boolean failed = RunbookTask.FAILED.equals(task.status());
            Instant end = task.actualFinish() != null ? task.actualFinish() : now;
            spans.add(new Span(failed ? "failed" : "actual",
                    failed ? "Ran until it failed" : task.running() ? "Running since" : "Actual", task.actualStart(), end));
            if (task.running() && task.projectedFinish() != null && now != null && task.projectedFinish().isAfter(now)) {
                spans.add(new Span("projected", "Projected remainder", now, task.projectedFinish()));
            }
        } else if (task.planned()) {
            spans.add(new Span("projected", "Projected", task.projectedStart(), task.projectedFinish()));
        }
        return spans;
    }
}
