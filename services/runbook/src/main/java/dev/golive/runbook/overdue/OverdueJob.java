package dev.golive.runbook.overdue;

import dev.golive.runbook.plan.RunbookService;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import dev.golive.scheduling.trigger.OneShot;
import jakarta.enterprise.context.Dependent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The overdue check of one task ({@code CutoverTriggers}, group {@code runbook-<cutoverId>}, one trigger per
 * task): due at planned finish + tolerance, moved when the plan moves, removed when the task finishes.
 * Missed while the service was down, it fires once, late, and the event says how late.
 */
@Dependent
public class OverdueJob extends DeadlineJob {

    public static final String KIND = "runbook";
    static final String TASK = "taskId";
    static final String PLAN_VERSION = "planVersion";

    private final RunbookService runbooks;

    public OverdueJob(RunbookService runbooks, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.runbooks = runbooks;
    }

    public static String name(UUID taskId) {
        return "overdue-" + taskId;
    }

    public static OneShot trigger(UUID taskId, int planVersion, Instant dueAt, String title) {
        return OneShot.fireOnceLate(name(taskId), dueAt, "overdue check of runbook task '" + title + "'",
                Map.of(TASK, taskId.toString(), PLAN_VERSION, String.valueOf(planVersion)));
    }

    @Override
    protected void fire(Firing firing) {
        runbooks.overdueFired(firing.cutoverId(), UUID.fromString(firing.get(TASK)),
                Integer.parseInt(firing.get(PLAN_VERSION)), firing.dueAt());
    }
}
