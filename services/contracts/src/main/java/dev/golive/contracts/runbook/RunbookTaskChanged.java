package dev.golive.contracts.runbook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;
import dev.golive.contracts.cutover.WeekendFact;

import java.time.Instant;

/**
 * A task moved: started, done, failed or skipped (with {@code reason}), by its owner or a machine
 * caller. {@code plannedStart}/{@code plannedFinish} are the plan as it stood; {@code actualStart}
 * and {@code actualFinish} what was observed (a plan and an observation are different fields).
 * {@code observes} names the weekend fact this task's start or finish establishes, if any.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunbookTaskChanged(String cutoverId, String runbookId, String taskId, String title, TaskOwner owner,
                                 RunbookTaskStatus from, RunbookTaskStatus to, @OptionalField WeekendFact observes,
                                 Instant plannedStart, Instant plannedFinish,
                                 @OptionalField Instant actualStart, @OptionalField Instant actualFinish,
                                 @OptionalField String reason, String changedBy, Instant changedAt)
        implements GoliveEvent {
}
