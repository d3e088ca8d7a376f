package dev.golive.runbook.plan;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.runbook.domain.Anchor;
import dev.golive.runbook.domain.Projection;
import dev.golive.runbook.domain.Readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A cutover's runbook as the API shows it (RUNBOOK-API.md), for one caller. */
public record RunbookView(String runbookId, String cutoverId, String templateName, String zone, Instant now,
                          Map<Milestone, Instant> milestones, ProjectionView projection, ReadinessView readiness,
                          boolean rollbackActive, List<TaskView> tasks, List<TaskView> rollbackTasks) {

    public record ProjectionView(Instant projectedReadyAt, Instant projectedSystemBackAt, Instant businessResumeAt,
                                 Instant pointOfNoReturnAt, Duration marginToBusinessResume,
                                 boolean crossesPointOfNoReturn, List<String> criticalPath, int overdueTasks) {
    }

    public record ReadinessView(boolean ready, List<String> pendingTasks) {
    }

    public record ChecklistView(String key, String title, boolean checked, String evidence, String checkedBy,
                                Instant checkedAt) {
    }

    public record TaskView(String taskId, String key, String title, String description, TaskOwner owner,
                           List<String> dependsOn, Anchor anchor, Duration expectedDuration, WeekendFact observes,
                           boolean automated, RunbookTaskStatus status, String reason, Instant plannedStart,
                           Instant plannedFinish, Instant actualStart, Instant actualFinish, Instant projectedStart,
                           Instant projectedFinish, boolean critical, boolean overdue, boolean dueBeforeGoNoGo,
                           List<ChecklistView> checklist, String evidence, String startedBy, String finishedBy,
                           boolean mayAct) {
    }

    public static RunbookView of(LoadedRunbook loaded, String user, Set<String> roles) {
        Projection p = loaded.main.projection;
        List<TaskView> tasks = loaded.main.inPlanOrder().stream().map(r -> task(loaded, loaded.main, r, user, roles)).toList();
        List<TaskView> rollback = loaded.rollback.inPlanOrder().stream()
                .map(r -> task(loaded, loaded.rollback, r, user, roles)).toList();
        int overdue = (int) loaded.allRows().stream()
                .filter(r -> RunbookService.overdue(loaded, loaded.partOf(r), r)).count();
        Readiness readiness = loaded.readiness;
        return new RunbookView(loaded.runbook.runbookId.toString(), loaded.runbook.cutoverId.toString(),
                loaded.runbook.templateName, loaded.cutover.zone, loaded.now, new LinkedHashMap<>(loaded.milestones),
                new ProjectionView(p.projectedReadyAt(), p.projectedSystemBackAt(), p.businessResumeAt(),
                        p.pointOfNoReturnAt(), p.marginToBusinessResume(), p.crossesPointOfNoReturn(),
                        p.criticalPath().stream().map(i -> loaded.main.graph.task(i).id()).toList(), overdue),
                new ReadinessView(readiness.ready(), readiness.pending().stream()
                        .map(i -> loaded.main.graph.task(i).id()).toList()),
                loaded.cutover.rollbackActive(), tasks, rollback);
    }

    public static TaskView task(LoadedRunbook loaded, LoadedRunbook.Part part, TaskRow row, String user,
                                Set<String> roles) {
        int i = part.indexOf(row);
        Instant goNoGo = loaded.milestones.get(Milestone.GO_NO_GO);
        return new TaskView(row.id(), row.key, row.title, row.description, row.owner(),
                row.dependsOn.stream().map(Object::toString).toList(), row.anchor(), row.expectedDuration(),
                row.observes, row.ownerKind == TaskOwner.Kind.AUTOMATED, row.status, row.reason, part.plan.start(i),
                part.plan.finish(i), row.actualStart, row.actualFinish, part.projection.start(i),
                part.projection.finish(i), part.projection.critical(i), RunbookService.overdue(loaded, part, row),
                !row.rollback && goNoGo != null && !part.plan.finish(i).isAfter(goNoGo),
                row.checklist.stream().map(c -> new ChecklistView(c.key, c.title, c.checked, c.evidence, c.checkedBy,
                        c.checkedAt)).toList(), row.evidence, row.startedBy, row.finishedBy,
                RunbookService.mayAct(row, user, roles));
    }
}
