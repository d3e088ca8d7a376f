package dev.golive.console.runbook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runbook as the people on the weekend read it: what is running (and for how long past its
 * expected duration), what may start next (its dependencies are done or skipped), what is late (it
 * should have started), what failed, then the rest of the plan in plan order. Each task is in
 * exactly one group.
 */
public record RunbookBoard(List<Row> running, List<Row> late, List<Row> failed, List<Row> next, List<Row> rest) {

    /**
     * A task on the board. {@code runningFor} since it started (running ones), {@code overBy} how far
     * past its expected duration it runs, {@code lateBy} how long ago it should have started (a
     * planned task past its planned start, or one the service marks overdue), {@code ready} whether
     * its dependencies are settled, {@code waitingOn} the titles of those that are not.
     */
    public record Row(RunbookTask task, Duration runningFor, Duration overBy, Duration lateBy, boolean ready,
                      List<String> waitingOn) {
    }

    public static RunbookBoard of(List<RunbookTask> plan, Instant now) {
        Map<String, RunbookTask> byId = new HashMap<>();
        plan.forEach(task -> byId.put(task.taskId(), task));
        List<Row> running = new ArrayList<>();
        List<Row> late = new ArrayList<>();
        List<Row> failed = new ArrayList<>();
        List<Row> next = new ArrayList<>();
        List<Row> rest = new ArrayList<>();
        for (RunbookTask task : plan) {
            List<String> waitingOn = new ArrayList<>();
            for (String id : task.dependsOn()) {
                RunbookTask dependency = byId.get(id);
                if (dependency == null || !dependency.settled()) {
                    waitingOn.add(dependency == null ? id : dependency.title());
                }
            }
            boolean ready = waitingOn.isEmpty();
            if (task.running()) {
                Duration runningFor = task.actualStart() == null ? null : positive(Duration.between(task.actualStart(), now));
                Duration overBy = runningFor == null || task.expectedDuration() == null ? null
                        : positiveOrNull(runningFor.minus(task.expectedDuration()));
                running.add(new Row(task, runningFor, overBy, null, true, List.of()));
            } else if (RunbookTask.FAILED.equals(task.status())) {
                failed.add(new Row(task, null, null, null, ready, List.copyOf(waitingOn)));
            } else if (task.planned() && (task.overdue() || task.plannedStart() != null && task.plannedStart().isBefore(now))) {
                Duration lateBy = task.plannedStart() == null ? null : positiveOrNull(Duration.between(task.plannedStart(), now));
                late.add(new Row(task, null, null, lateBy, ready, List.copyOf(waitingOn)));
            } else if (task.planned() && ready) {
                next.add(new Row(task, null, null, null, true, List.of()));
            } else {
                rest.add(new Row(task, null, null, null, ready, List.copyOf(waitingOn)));
            }
        }
        return new RunbookBoard(List.copyOf(running), List.copyOf(late), List.copyOf(failed), List.copyOf(next),
                List.copyOf(rest));
    }

    /** Nothing at all to show (a runbook without tasks). */
    public boolean empty() {
        return running.isEmpty() && late.isEmpty() && failed.isEmpty() && next.isEmpty() && rest.isEmpty();
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Duration positiveOrNull(Duration d) {
        return d.isNegative() || d.isZero() ? null : d;
    }
}
