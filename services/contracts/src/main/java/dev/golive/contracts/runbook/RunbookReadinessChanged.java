package dev.golive.contracts.runbook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/**
 * Whether every task due before go/no-go is done or skipped with a reason; {@code pendingTasks}
 * are the titles of those that are not, in plan order. Sent on every change of the verdict or the list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunbookReadinessChanged(String cutoverId, String runbookId, boolean ready, List<String> pendingTasks,
                                      Instant at) implements GoliveEvent {
}
