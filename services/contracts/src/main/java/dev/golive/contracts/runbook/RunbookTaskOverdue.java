package dev.golive.contracts.runbook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;

/**
 * A task is still not finished {@code tolerance} after its planned finish. Sent once per task and
 * plan; {@code latenessMillis} says how late the check itself fired (the service was down).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunbookTaskOverdue(String cutoverId, String runbookId, String taskId, String title, TaskOwner owner,
                                 RunbookTaskStatus status, Instant plannedFinish, Duration tolerance,
                                 Instant detectedAt, @OptionalField Long latenessMillis) implements GoliveEvent {
}
