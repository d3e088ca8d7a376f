package dev.golive.runbook.plan;

import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.RunbookInstantiated;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookReadinessChanged;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.messaging.cutover.CutoverMembers;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.ProblemException;
import dev.golive.problems.Violations;
import dev.golive.problems.field.FieldViolation;
import dev.golive.problems.json.TextRules;
import dev.golive.runbook.cutover.CutoverProjection;
import dev.golive.runbook.domain.Anchor;
import dev.golive.runbook.domain.Projection;
import dev.golive.runbook.domain.Refusal;
import dev.golive.runbook.domain.RunbookTemplate;
import dev.golive.runbook.domain.TaskGraph;
import dev.golive.runbook.domain.TaskMoves;
import dev.golive.runbook.domain.TaskProgress;
import dev.golive.runbook.domain.TaskSpec;
import dev.golive.runbook.domain.TemplateTask;
import dev.golive.runbook.overdue.OverdueJob;
import dev.golive.runbook.report.WeekendLog;
import dev.golive.runbook.template.Templates;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.Firing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every change of a cutover's runbook, each in one transaction with the cutover's projection row
 * locked (requests and consumers of one cutover take turns): the change, its events in the outbox,
 * the planned times and overdue triggers brought in line, and RunbookProjectionChanged /
 * RunbookReadinessChanged when what they say changed.
 */
@ApplicationScoped
public class RunbookService {

    private static final Logger LOG = Logger.getLogger(RunbookService.class);
    public static final String UPGRADE_PLATFORM = "upgrade-platform";

    private final CutoverProjections projections;
    private final CutoverMembers members;
    private final CutoverTriggers triggers;
    private final Outbox outbox;
    private final Templates templates;
    private final RunbookConfig config;
    private final Clock clock;

    public RunbookService(CutoverProjections projections, CutoverMembers members, CutoverTriggers triggers,
                          Outbox outbox, Templates templates, RunbookConfig config, Clock clock) {
        this.projections = projections;
        this.members = members;
        this.triggers = triggers;
        this.outbox = outbox;
        this.templates = templates;
        this.config = config;
        this.clock = clock;
    }

    /** What a task move is. */
    public enum Move { START, COMPLETE, FAIL, SKIP }

    // ---- reading -------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LoadedRunbook> read(UUID cutoverId) {
        return RunbookRow.ofCutover(cutoverId).map(runbook -> load(runbook,
                CutoverProjection.<CutoverProjection>findByIdOptional(cutoverId).orElseGet(() -> empty(cutoverId))));
    }

    public LoadedRunbook readOrThrow(UUID cutoverId) {
        return read(cutoverId).orElseThrow(() -> noRunbook(cutoverId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> rolesOf(UUID cutoverId, String user) {
        return members.rolesOf(cutoverId, user);
    }

    /** The caller may start, complete, fail or skip the task: its named person, a member in its role, or the ops lead. */
    public static boolean mayAct(TaskRow task, String user, Set<String> roles) {
        if (roles.contains(Roles.OPS_LEAD)) {
            return true;
        }
        return switch (task.ownerKind) {
            case PERSON -> task.ownerName.equals(user);
            case ROLE -> roles.contains(task.ownerName);
            case AUTOMATED -> false;
        };
    }

    // ---- instantiating and editing ------------------------------------------------------------------

    @Transactional
    public LoadedRunbook instantiate(UUID cutoverId, String templateId, String by) {
        CutoverProjection cutover = projections.lock(cutoverId, CutoverProjection.class);
        if (cutover.cancelled()) {
            throw ProblemException.conflict("cutover-cancelled", "the cutover was cancelled", List.of("cutover-cancelled"));
        }
        if (RunbookRow.ofCutover(cutoverId).isPresent()) {
            throw ProblemException.conflict("runbook-exists", "the cutover has a runbook already", List.of("runbook-exists"));
        }
        if (cutover.milestoneMap().isEmpty()) {
            throw ProblemException.conflict("no-window", "the cutover has no go-live window yet: a runbook is planned "
                    + "from its milestones", List.of("no-window"));
        }
        String id = templateId == null || templateId.isBlank() ? dev.golive.runbook.domain.OdooShGoLive.ID : templateId;
        RunbookTemplate template = templates.find(id)
                .orElseThrow(() -> ProblemException.invalid("templateId", "'" + id + "' is not a template"));
        RunbookRow runbook = new RunbookRow();
        runbook.runbookId = UUID.randomUUID();
        runbook.cutoverId = cutoverId;
        runbook.templateName = template.name();
        runbook.instantiatedBy = by;
        runbook.instantiatedAt = clock.instant();
        runbook.persist();
        int position = addFromTemplate(runbook, template.tasks(), false, cutover, 0);
        addFromTemplate(runbook, template.rollbackTasks(), true, cutover, position);
        outbox.append(new RunbookInstantiated(cutoverId.toString(), runbook.runbookId.toString(), template.name(),
                template.tasks().size(), by, clock.instant()));
        WeekendLog.record(cutoverId, clock.instant(), "runbook", "RUNBOOK_INSTANTIATED",
                "runbook from template '" + template.name() + "' by " + by);
        return settle(runbook, cutover);
    }

    private int addFromTemplate(RunbookRow runbook, List<TemplateTask> tasks, boolean rollback, CutoverProjection cutover,
                                int position) {
        List<TaskSpec> specs = RunbookTemplate.instantiate(tasks, cutover.milestoneMap(), cutover.forecast(),
                () -> UUID.randomUUID().toString());
        for (int i = 0; i < specs.size(); i++) {
            TaskRow row = new TaskRow();
            row.taskId = UUID.fromString(specs.get(i).id());
            row.runbookId = runbook.runbookId;
            row.cutoverId = runbook.cutoverId;
            row.rollback = rollback;
            row.position = position++;
            row.status = RunbookTaskStatus.PLANNED;
            row.durationFromForecast = tasks.get(i).durationFromForecast();
            apply(row, specs.get(i));
            row.persist();
        }
        return position;
    }

    private static void apply(TaskRow row, TaskSpec spec) {
        row.key = spec.key();
        row.title = spec.title();
        row.description = spec.description();
        row.ownerKind = spec.owner().kind();
        row.ownerName = spec.owner().name();
        row.dependsOn.clear();
        spec.dependsOn().forEach(d -> row.dependsOn.add(UUID.fromString(d)));
        row.anchorMilestone = spec.anchor() == null ? null : spec.anchor().milestone();
        row.anchorOffsetSeconds = spec.anchor() == null ? null : spec.anchor().offset().getSeconds();
        row.expectedDurationSeconds = spec.expectedDuration().getSeconds();
        row.observes = spec.observes();
        row.checklist.clear();
        for (int c = 0; c < spec.checklist().size(); c++) {
            row.checklist.add(new ChecklistItem(spec.checklist().get(c).key(), spec.checklist().get(c).title()));
        }
    }

    @Transactional
    public TaskRow addTask(UUID cutoverId, TaskRequest request, String by) {
        CutoverProjection cutover = projections.lock(cutoverId, CutoverProjection.class);
        RunbookRow runbook = RunbookRow.ofCutover(cutoverId).orElseThrow(() -> noRunbook(cutoverId));
        List<TaskRow> rows = TaskRow.ofRunbook(runbook.runbookId);
        TaskRow row = new TaskRow();
        row.taskId = UUID.randomUUID();
        row.runbookId = runbook.runbookId;
        row.cutoverId = cutoverId;
        row.rollback = false;
        row.position = rows.stream().mapToInt(r -> r.position + 1).max().orElse(0);
        row.status = RunbookTaskStatus.PLANNED;
        row.key = "task-" + row.taskId.toString().substring(0, 8);
        TaskSpec spec = validated(request, row, rows);
        apply(row, spec);
        row.persist();
        LOG.infof("task '%s' added to the runbook of %s by %s", row.title, cutoverId, by);
        settle(runbook, cutover);
        return row;
    }

    @Transactional
    public TaskRow updateTask(UUID cutoverId, UUID taskId, TaskRequest request, String by) {
        CutoverProjection cutover = projections.lock(cutoverId, CutoverProjection.class);
        RunbookRow runbook = RunbookRow.ofCutover(cutoverId).orElseThrow(() -> noRunbook(cutoverId));
        List<TaskRow> rows = TaskRow.ofRunbook(runbook.runbookId);
        TaskRow row = rows.stream().filter(r -> r.taskId.equals(taskId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("task", taskId));
        TaskSpec spec = validated(request, row, rows);
        if (row.status == RunbookTaskStatus.RUNNING) {
            reestimate(row, spec);
            LOG.infof("task '%s' of %s re-estimated by %s: %s", row.title, cutoverId, by, spec.expectedDuration());
        } else {
            requireNotStarted(row, "re-planned");
            apply(row, spec);
            LOG.infof("task '%s' of %s re-planned by %s", row.title, cutoverId, by);
        }
        row.durationFromForecast = false; // an ops lead's duration is kept over a later forecast
        settle(runbook, cutover);
        return row;
    }

    @Transactional
    public void deleteTask(UUID cutoverId, UUID taskId, String by) {
        CutoverProjection cutover = projections.lock(cutoverId, CutoverProjection.class);
        RunbookRow runbook = RunbookRow.ofCutover(cutoverId).orElseThrow(() -> noRunbook(cutoverId));
        List<TaskRow> rows = TaskRow.ofRunbook(runbook.runbookId);
        TaskRow row = rows.stream().filter(r -> r.taskId.equals(taskId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("task", taskId));
        requireNotStarted(row, "deleted");
        List<String> dependants = rows.stream().filter(r -> r.dependsOn.contains(taskId)).map(r -> r.title).toList();
        if (!dependants.isEmpty()) {
            throw ProblemException.conflict("task-has-dependants", "'" + row.title + "' cannot be deleted: "
                    + String.join(", ", dependants) + " depend on it", List.of("task-has-dependants"));
        }
        triggers.remove(OverdueJob.KIND, cutoverId, OverdueJob.name(taskId));
        row.delete();
        LOG.infof("task '%s' deleted from the runbook of %s by %s", row.title, cutoverId, by);
        settle(runbook, cutover);
    }

    /**
     * A running task can be re-estimated — its log says how long it still needs, and the projection and
     * the overdue deadline follow at once — but nothing else of it changes: when it started, after what
     * and for whom are facts by now.
     */
    private static void reestimate(TaskRow row, TaskSpec spec) {
        boolean sameTask = spec.title().equals(row.title)
                && spec.owner().kind() == row.ownerKind && spec.owner().name().equals(row.ownerName)
                && new java.util.HashSet<>(spec.dependsOn()).equals(
                        row.dependsOn.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet()))
                && java.util.Objects.equals(spec.anchor() == null ? null : spec.anchor().milestone(), row.anchorMilestone)
                && java.util.Objects.equals(spec.anchor() == null ? null : spec.anchor().offset().getSeconds(),
                        row.anchorOffsetSeconds);
        if (!sameTask) {
            throw ProblemException.conflict("task-started", "'" + row.title + "' is running: only its expected duration "
                    + "(a re-estimate) and its description can change", List.of("task-started"));
        }
        row.description = spec.description();
        row.expectedDurationSeconds = spec.expectedDuration().getSeconds();
    }

    private static void requireNotStarted(TaskRow row, String what) {
        if (row.status != RunbookTaskStatus.PLANNED) {
            throw ProblemException.conflict("task-started", "'" + row.title + "' has started (it is "
                    + row.status.name().toLowerCase(Locale.ROOT) + "): it can no longer be " + what, List.of("task-started"));
        }
    }

    /** The request as the row's new spec, or a 422 naming every field (a cycle: dependsOn with the titles). */
    private static TaskSpec validated(TaskRequest request, TaskRow row, List<TaskRow> rows) {
        Violations v = new Violations();
        text(v, "title", request.title(), TaskGraph.MAX_TITLE, true);
        text(v, "description", request.description(), TaskGraph.MAX_DESCRIPTION, false);
        if (request.owner() == null || request.owner().kind() == null) {
            v.add("owner", "is required: {kind: PERSON|ROLE|AUTOMATED, name}");
        } else {
            text(v, "owner.name", request.owner().name(), TaskGraph.MAX_OWNER_NAME, true);
        }
        if (request.expectedDuration() == null) {
            v.add("expectedDuration", "is required (ISO-8601, e.g. PT2H)");
        } else if (request.expectedDuration().isNegative()) {
            v.add("expectedDuration", "must not be negative");
        }
        if (request.anchor() != null && request.anchor().milestone() == null) {
            v.add("anchor.milestone", "is required when there is an anchor");
        }
        List<String> checklist = request.checklist() == null ? List.of() : request.checklist();
        for (int i = 0; i < checklist.size(); i++) {
            text(v, "checklist[" + i + "]", checklist.get(i), TaskGraph.MAX_TITLE, true);
        }
        List<UUID> deps = new ArrayList<>();
        for (String dep : request.dependsOn() == null ? List.<String>of() : request.dependsOn()) {
            TaskRow found = null;
            try {
                UUID id = UUID.fromString(dep);
                found = rows.stream().filter(r -> r.taskId.equals(id) && r.rollback == row.rollback).findFirst().orElse(null);
            } catch (IllegalArgumentException | NullPointerException notAnId) {
                // reported below
            }
            if (found == null) {
                v.add("dependsOn", "'" + dep + "' is not a task of this runbook's " + (row.rollback ? "rollback" : "go-live")
                        + " list");
            } else if (!deps.contains(found.taskId)) {
                deps.add(found.taskId);
            }
        }
        v.refuse();
        List<dev.golive.runbook.domain.ChecklistEntry> items = new ArrayList<>();
        for (int i = 0; i < checklist.size(); i++) {
            items.add(new dev.golive.runbook.domain.ChecklistEntry("item-" + (i + 1), checklist.get(i).strip()));
        }
        Anchor anchor = request.anchor() == null ? null : new Anchor(request.anchor().milestone(), request.anchor().offset());
        TaskSpec spec = new TaskSpec(row.id(), row.key, request.title().strip(), request.description(), request.owner(),
                deps.stream().map(UUID::toString).toList(), anchor, request.expectedDuration(), row.observes, items);
        List<TaskSpec> all = new ArrayList<>();
        for (TaskRow other : rows) {
            if (other.rollback == row.rollback && !other.taskId.equals(row.taskId)) {
                all.add(other.spec());
            }
        }
        all.add(spec);
        for (FieldViolation found : TaskGraph.violations(all, "tasks")) {
            if (found.field().endsWith(".dependsOn")) {
                v.add("dependsOn", found.message());
            }
        }
        v.refuse();
        return spec;
    }

    private static void text(Violations v, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(field, "is required");
            }
            return;
        }
        String violation = TextRules.violation(value, max);
        if (violation != null) {
            v.add(field, violation);
        }
    }

    // ---- carrying out --------------------------------------------------------------------------------

    /**
     * Moves a task for {@code by}. {@code roles}: the caller's roles in the cutover (null for a machine
     * caller, which is checked by its signature and may move only AUTOMATED tasks).
     */
    @Transactional
    public TaskRow move(UUID cutoverId, UUID taskId, Move move, String text, String by, Set<String> roles, Instant at) {
        CutoverProjection cutover = projections.lock(cutoverId, CutoverProjection.class);
        RunbookRow runbook = RunbookRow.ofCutover(cutoverId).orElseThrow(() -> noRunbook(cutoverId));
        LoadedRunbook loaded = load(runbook, cutover);
        TaskRow row = loaded.task(taskId);
        if (row == null) {
            throw ProblemException.notFound("task", taskId);
        }
        if (roles != null && !mayAct(row, by, roles)) {
            throw new io.quarkus.security.ForbiddenException("'" + row.title + "' is " + describe(row.owner())
                    + "'s to carry out (or the ops lead's): you may not " + move.name().toLowerCase(Locale.ROOT) + " it");
        }
        if (roles == null && row.ownerKind != TaskOwner.Kind.AUTOMATED) {
            throw ProblemException.conflict("not-automated", "'" + row.title + "' is not an automated task",
                    List.of("not-automated"));
        }
        if (cutover.cancelled()) {
            throw ProblemException.conflict("cutover-cancelled", "the cutover was cancelled", List.of("cutover-cancelled"));
        }
        TaskSpec spec = row.spec();
        TaskProgress before = row.progress();
        TaskProgress after;
        try {
            after = switch (move) {
                case START -> TaskMoves.start(spec, before, context(loaded, row), at);
                case COMPLETE -> TaskMoves.complete(spec, before, at);
                case FAIL -> {
                    requireReason(text);
                    yield TaskMoves.fail(spec, before, text, at);
                }
                case SKIP -> {
                    requireReason(text);
                    yield TaskMoves.skip(spec, before, text, at);
                }
            };
        } catch (Refusal refusal) {
            throw ProblemException.conflict(refusal.code(), refusal.getMessage(), List.of(refusal.code()));
        }
        row.progress(after);
        if (move == Move.START) {
            row.startedBy = by;
            row.finishedBy = null;
        } else {
            row.finishedBy = by;
        }
        if (move == Move.COMPLETE && text != null && !text.isBlank()) {
            row.evidence = text;
        }
        outbox.append(new RunbookTaskChanged(cutoverId.toString(), runbook.runbookId.toString(), row.id(), row.title,
                row.owner(), before.status(), after.status(), row.observes, row.plannedStart, row.plannedFinish,
                row.actualStart, row.actualFinish, row.reason, by, clock.instant()));
        WeekendLog.record(cutoverId, at, "runbook", "TASK_" + after.status().name(), "'" + row.title + "' "
                + after.status().name().toLowerCase(Locale.ROOT) + " by " + by
                + (after.reason() != null ? ": " + after.reason() : ""));
        settle(runbook, cutover);
        return row;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required");
        }
        String violation = TextRules.violation(reason, TaskMoves.MAX_REASON);
        if (violation != null) {
            throw ProblemException.invalid("reason", violation);
        }
    }

    private static TaskMoves.Context context(LoadedRunbook loaded, TaskRow row) {
        List<TaskSpec> unfinished = row.dependsOn.stream().map(loaded::task).filter(Objects::nonNull)
                .filter(dep -> !dep.finished()).map(TaskRow::spec).toList();
        return new TaskMoves.Context(unfinished, loaded.cutover.goDecided(), row.rollback, loaded.cutover.rollbackActive());
    }

    @Transactional
    public TaskRow check(UUID cutoverId, UUID taskId, String itemKey, boolean checked, String evidence, String by,
                         Set<String> roles) {
        CutoverProjection cutover = projections.lock(cutoverId, CutoverProjection.class);
        RunbookRow runbook = RunbookRow.ofCutover(cutoverId).orElseThrow(() -> noRunbook(cutoverId));
        TaskRow row = TaskRow.<TaskRow>findByIdOptional(taskId).filter(r -> r.runbookId.equals(runbook.runbookId))
                .orElseThrow(() -> ProblemException.notFound("task", taskId));
        ChecklistItem item = row.checklist.stream().filter(c -> c.key.equals(itemKey)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("checklist item", itemKey));
        if (!mayAct(row, by, roles)) {
            throw new io.quarkus.security.ForbiddenException("'" + row.title + "' is " + describe(row.owner())
                    + "'s to carry out (or the ops lead's): you may not tick its checklist");
        }
        String violation = TextRules.violation(evidence, TaskGraph.MAX_DESCRIPTION);
        if (violation != null) {
            throw ProblemException.invalid("evidence", violation);
        }
        if (row.finished()) {
            throw ProblemException.conflict("task-finished", "'" + row.title + "' is finished: its checklist is closed",
                    List.of("task-finished"));
        }
        item.checked = checked;
        item.evidence = checked ? evidence : null;
        item.checkedBy = checked ? by : null;
        item.checkedAt = checked ? clock.instant() : null;
        return row;
    }

    static String describe(TaskOwner owner) {
        return switch (owner.kind()) {
            case PERSON -> owner.name();
            case ROLE -> "the " + owner.name() + " role";
            case AUTOMATED -> "the machine " + owner.name();
        };
    }

    /** The task observing SYSTEM_BACK, moved by the upgrade platform's signed webhook. */
    @Transactional
    public TaskRow upgradePlatform(UUID cutoverId, Move move, Instant at, String detail) {
        RunbookRow runbook = RunbookRow.ofCutover(cutoverId).orElseThrow(() -> noRunbook(cutoverId));
        TaskRow upgrade = TaskRow.<TaskRow>list("runbookId = ?1 AND observes = ?2 AND rollback = false",
                        runbook.runbookId, WeekendFact.SYSTEM_BACK).stream().findFirst()
                .orElseThrow(() -> ProblemException.conflict("no-upgrade-task", "the runbook has no task observing "
                        + "SYSTEM_BACK for the upgrade platform to report on", List.of("no-upgrade-task")));
        Instant now = clock.instant();
        Instant when = at == null || at.isAfter(now) ? now : at;
        String text = move == Move.FAIL ? (detail == null || detail.isBlank() ? "the upgrade platform reported a failure"
                : detail) : detail;
        return move(cutoverId, upgrade.taskId, move, text, UPGRADE_PLATFORM, null, when);
    }

    // ---- what the other topics change ------------------------------------------------------------

    /** The window moved (or came): re-plan. Runs in the consumer's transaction with the row locked. */
    public void windowChanged(CutoverProjection cutover) {
        RunbookRow.ofCutover(cutover.cutoverId).ifPresent(runbook -> settle(runbook, cutover));
    }

    /** The production upgrade's forecast: its task's expected duration while it has not started. */
    public void forecastChanged(CutoverProjection cutover, Duration forecast) {
        cutover.forecastSeconds = forecast.getSeconds();
        RunbookRow.ofCutover(cutover.cutoverId).ifPresent(runbook -> {
            TaskRow.<TaskRow>list("runbookId = ?1 AND durationFromForecast = true AND status = ?2", runbook.runbookId,
                    RunbookTaskStatus.PLANNED).forEach(task -> task.expectedDurationSeconds = forecast.getSeconds());
            settle(runbook, cutover);
        });
    }

    public void rollbackDecided(CutoverProjection cutover, Instant at) {
        if (cutover.rollbackDecidedAt == null) {
            cutover.rollbackDecidedAt = at;
            RunbookRow.ofCutover(cutover.cutoverId).ifPresent(runbook -> settle(runbook, cutover));
        }
    }

    public void cancelled(CutoverProjection cutover) {
        triggers.removeAll(OverdueJob.KIND, cutover.cutoverId);
        TaskRow.update("overdueDueAt = null WHERE cutoverId = ?1", cutover.cutoverId);
    }

    /** An overdue trigger fired: RunbookTaskOverdue once per task and plan, saying how late the check is. */
    @Transactional
    public void overdueFired(UUID cutoverId, UUID taskId, int planVersion, Instant dueAt) {
        CutoverProjection cutover = projections.lock(cutoverId, CutoverProjection.class);
        TaskRow row = TaskRow.findById(taskId);
        if (row == null || row.finished() || row.planVersion != planVersion || row.overdueSentVersion == planVersion
                || cutover.cancelled()) {
            return;
        }
        RunbookRow runbook = RunbookRow.findById(row.runbookId);
        Instant now = clock.instant();
        long lateness = Firing.latenessOf(dueAt, now).toMillis();
        row.overdueSentVersion = planVersion;
        outbox.append(new RunbookTaskOverdue(cutoverId.toString(), row.runbookId.toString(), row.id(), row.title,
                row.owner(), row.status, row.plannedFinish, config.overdueTolerance(), now, lateness));
        WeekendLog.record(cutoverId, now, "runbook", "TASK_OVERDUE", "'" + row.title + "' is overdue (planned to finish "
                + row.plannedFinish + ")" + (lateness > 1000 ? "; checked " + Duration.ofMillis(lateness) + " late" : ""));
        settle(runbook, cutover);
    }

    /** Recomputes one runbook's projection (the periodic recomputation: time moves a running task's projection). */
    @Transactional
    public void recompute(UUID cutoverId) {
        CutoverProjection cutover = projections.lock(cutoverId, CutoverProjection.class);
        if (!cutover.cancelled()) {
            RunbookRow.ofCutover(cutoverId).ifPresent(runbook -> settle(runbook, cutover));
        }
    }

    /** The cutovers whose runbook the clock can move now (see {@link #recomputeAll()}). */
    public List<UUID> movedByTheClock() {
        Instant now = clock.instant();
        return TaskRow.getEntityManager().createQuery("""
                        SELECT DISTINCT t.cutoverId FROM TaskRow t
                        WHERE (t.status IN (:moving) OR (t.status = :planned AND t.plannedStart <= :now))
                          AND NOT EXISTS (SELECT c FROM CutoverProjection c WHERE c.cutoverId = t.cutoverId
                                          AND (c.cancelledAt IS NOT NULL OR c.rollbackDecidedAt IS NOT NULL))""", UUID.class)
                .setParameter("moving", List.of(RunbookTaskStatus.RUNNING, RunbookTaskStatus.FAILED))
                .setParameter("planned", RunbookTaskStatus.PLANNED)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Every runbook the clock can move, each in a transaction of its own: one with a task running or
     * failed (its projected finish is now at the earliest), or one due to have started. A runbook that
     * is done, or whose next task is still ahead, is left alone: its projection moves only on a change,
     * which recomputes it then; so is a cancelled or rolled-back cutover's (its go-live plan is over, and
     * late rollback tasks have their own triggers). The round's work follows the weekends under way, not
     * every runbook ever written.
     */
    public void recomputeAll() {
        List<UUID> cutovers = QuarkusTransaction.requiringNew().call(this::movedByTheClock);
        for (UUID cutoverId : cutovers) {
            try {
                recompute(cutoverId);
            } catch (RuntimeException e) {
                LOG.warnf(e, "recomputing the runbook of %s failed; the next round tries again", cutoverId);
            }
        }
    }

    // ---- settling --------------------------------------------------------------------------------

    private LoadedRunbook load(RunbookRow runbook, CutoverProjection cutover) {
        return new LoadedRunbook(runbook, cutover, TaskRow.ofRunbook(runbook.runbookId), clock.instant(),
                config.overdueTolerance());
    }

    /**
     * Brings the stored planned times, the overdue triggers and the published projection and readiness in
     * line with the runbook as it now is.
     */
    private LoadedRunbook settle(RunbookRow runbook, CutoverProjection cutover) {
        LoadedRunbook loaded = load(runbook, cutover);
        Duration tolerance = config.overdueTolerance();
        for (LoadedRunbook.Part part : List.of(loaded.main, loaded.rollback)) {
            for (TaskRow row : part.rows) {
                int i = part.indexOf(row);
                Instant start = part.plan.start(i);
                Instant finish = part.plan.finish(i);
                if (!start.equals(row.plannedStart) || !finish.equals(row.plannedFinish)) {
                    if (row.plannedStart != null) {
                        row.sequence++;
                    }
                    row.plannedStart = start;
                    row.plannedFinish = finish;
                }
                // Once a rollback is decided the go-live plan is over: only the rollback tasks can be late.
                boolean watched = !row.finished() && !cutover.cancelled() && row.rollback == cutover.rollbackActive();
                Instant due = watched ? finish.plus(tolerance) : null;
                if (!Objects.equals(due, row.overdueDueAt)) {
                    row.overdueDueAt = due;
                    if (due == null) {
                        triggers.remove(OverdueJob.KIND, cutover.cutoverId, OverdueJob.name(row.taskId));
                    } else {
                        row.planVersion++;
                        triggers.schedule(OverdueJob.KIND, cutover.cutoverId, OverdueJob.class,
                                OverdueJob.trigger(row.taskId, row.planVersion, due, row.title));
                    }
                }
            }
        }
        publish(loaded);
        return loaded;
    }

    /** Overdue: by the clock, or reported by its trigger for the current plan (the two agree but for timing). */
    public static boolean overdue(LoadedRunbook loaded, LoadedRunbook.Part part, TaskRow row) {
        if (row.finished() || row.rollback != loaded.cutover.rollbackActive()) {
            return false;
        }
        return part.projection.overdue(part.indexOf(row)) || row.overdueSentVersion == row.planVersion;
    }

    private void publish(LoadedRunbook loaded) {
        RunbookRow runbook = loaded.runbook;
        Projection p = loaded.main.projection;
        int overdue = (int) loaded.allRows().stream().filter(r -> overdue(loaded, loaded.partOf(r), r)).count();
        boolean changed = !Objects.equals(p.projectedReadyAt(), runbook.publishedReadyAt)
                || !Objects.equals(p.projectedSystemBackAt(), runbook.publishedSystemBackAt)
                || !Objects.equals(p.crossesPointOfNoReturn(), runbook.publishedCrossing)
                || !Objects.equals(overdue, runbook.publishedOverdue);
        // After a rollback decision the go-live plan's projection says nothing any more (its tasks will not
        // run), and it would move with the clock for ever: it is no longer published.
        if (changed && p.projectedReadyAt() != null && !loaded.cutover.rollbackActive()) {
            runbook.publishedReadyAt = p.projectedReadyAt();
            runbook.publishedSystemBackAt = p.projectedSystemBackAt();
            runbook.publishedCrossing = p.crossesPointOfNoReturn();
            runbook.publishedOverdue = overdue;
            outbox.append(new RunbookProjectionChanged(runbook.cutoverId.toString(), runbook.runbookId.toString(),
                    p.projectedReadyAt(), p.projectedSystemBackAt(), p.businessResumeAt(), p.pointOfNoReturnAt(),
                    p.marginToBusinessResume(), p.crossesPointOfNoReturn(),
                    p.criticalPath().stream().map(i -> loaded.main.graph.task(i).title()).toList(), overdue,
                    clock.instant()));
        }
        List<String> pending = loaded.readiness.pending().stream().map(i -> loaded.main.graph.task(i).title()).toList();
        String pendingText = String.join("\n", pending);
        if (!Objects.equals(loaded.readiness.ready(), runbook.publishedReady)
                || !Objects.equals(pendingText, runbook.publishedPending)) {
            runbook.publishedReady = loaded.readiness.ready();
            runbook.publishedPending = pendingText;
            outbox.append(new RunbookReadinessChanged(runbook.cutoverId.toString(), runbook.runbookId.toString(),
                    loaded.readiness.ready(), pending, clock.instant()));
        }
    }

    private static CutoverProjection empty(UUID cutoverId) {
        CutoverProjection row = new CutoverProjection();
        row.cutoverId = cutoverId;
        return row;
    }

    static ProblemException noRunbook(UUID cutoverId) {
        return ProblemException.notFound("runbook of cutover", cutoverId + " (no runbook yet)");
    }
}
