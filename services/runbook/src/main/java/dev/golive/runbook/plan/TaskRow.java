package dev.golive.runbook.plan;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.runbook.domain.Anchor;
import dev.golive.runbook.domain.ChecklistEntry;
import dev.golive.runbook.domain.TaskProgress;
import dev.golive.runbook.domain.TaskSpec;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A task of a cutover's runbook: its plan (as a {@link TaskSpec}) and what was observed of it. */
@Entity
@Table(name = "runbook_task")
public class TaskRow extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "runbook_id", nullable = false)
    public UUID runbookId;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    /** A rollback task: part of the plan only after a ROLL_BACK decision. */
    @Column(nullable = false)
    public boolean rollback;

    @Column(nullable = false)
    public int position;

    @Column(name = "task_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    public TaskOwner.Kind ownerKind;

    @Column(name = "owner_name", nullable = false)
    public String ownerName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "runbook_task_dependency", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "depends_on")
    public List<UUID> dependsOn = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_milestone")
    public Milestone anchorMilestone;

    @Column(name = "anchor_offset_s")
    public Long anchorOffsetSeconds;

    @Column(name = "expected_duration_s", nullable = false)
    public long expectedDurationSeconds;

    @Enumerated(EnumType.STRING)
    public WeekendFact observes;

    @Column(name = "duration_from_forecast", nullable = false)
    public boolean durationFromForecast;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "runbook_checklist_item", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<ChecklistItem> checklist = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunbookTaskStatus status;

    public String reason;

    public String evidence;

    @Column(name = "actual_start")
    public Instant actualStart;

    @Column(name = "actual_finish")
    public Instant actualFinish;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "finished_by")
    public String finishedBy;

    @Column(name = "planned_start")
    public Instant plannedStart;

    @Column(name = "planned_finish")
    public Instant plannedFinish;

    @Column(nullable = false)
    public int sequence;

    @Column(name = "overdue_due_at")
    public Instant overdueDueAt;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    @Column(name = "overdue_sent_version", nullable = false)
    public int overdueSentVersion = -1;

    public String id() {
        return taskId.toString();
    }

    public TaskOwner owner() {
        return new TaskOwner(ownerKind, ownerName);
    }

    public Anchor anchor() {
        return anchorMilestone == null ? null
                : new Anchor(anchorMilestone, Duration.ofSeconds(anchorOffsetSeconds == null ? 0 : anchorOffsetSeconds));
    }

    public Duration expectedDuration() {
        return Duration.ofSeconds(expectedDurationSeconds);
    }

    public TaskSpec spec() {
        return new TaskSpec(id(), key, title, description, owner(), dependsOn.stream().map(UUID::toString).toList(),
                anchor(), expectedDuration(), observes,
                checklist.stream().map(c -> new ChecklistEntry(c.key, c.title)).toList());
    }

    public TaskProgress progress() {
        return new TaskProgress(status, actualStart, actualFinish, reason);
    }

    public void progress(TaskProgress progress) {
        status = progress.status();
        actualStart = progress.actualStart();
        actualFinish = progress.actualFinish();
        reason = progress.reason();
    }

    public boolean finished() {
        return status == RunbookTaskStatus.DONE || status == RunbookTaskStatus.SKIPPED;
    }

    public static List<TaskRow> ofRunbook(UUID runbookId) {
        return list("runbookId = ?1 ORDER BY position", runbookId);
    }
}
