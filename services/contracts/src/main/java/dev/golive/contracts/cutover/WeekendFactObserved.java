package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/**
 * cutover-planner accepted an observation of the weekend from the runbook: {@code observedAt} is
 * when it happened (the task's actual start or finish), {@code plannedAt} the milestone's instant in
 * the current window (absent when the cutover has no window), so a reader can say "back 1 h 20 min
 * later than planned". Downtime is accepted only after a GO decision. Sent once per fact and window
 * revision.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WeekendFactObserved(String cutoverId, int windowRevision, WeekendFact fact, Instant observedAt,
                                  @OptionalField Instant plannedAt, String taskId, String taskTitle,
                                  String reportedBy, Instant recordedAt) implements GoliveEvent {
}
