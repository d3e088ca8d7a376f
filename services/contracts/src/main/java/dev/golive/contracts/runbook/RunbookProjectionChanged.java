package dev.golive.contracts.runbook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The projection of the weekend moved: from the actual times so far and the planned durations ahead.
 * {@code projectedReadyAt} is when everything business resume waits for is projected done (the
 * dependencies of the task that observes BUSINESS_RESUMED; without one, the last task);
 * {@code marginToBusinessResume} is negative when that is after business resume.
 * {@code projectedSystemBackAt} is the projected finish of the task that observes SYSTEM_BACK (the
 * production upgrade); {@code crossesPointOfNoReturn} is true when that is after the point of no
 * return: by the time the upgraded system is back, a rollback could no longer be finished before
 * business resume. {@code criticalPath} lists the titles of the tasks on the critical path, in order.
 * Sent only when one of the projected instants, the crossing or the overdue count changes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunbookProjectionChanged(String cutoverId, String runbookId, Instant projectedReadyAt,
                                       @OptionalField Instant projectedSystemBackAt,
                                       @OptionalField Instant businessResumeAt, @OptionalField Instant pointOfNoReturnAt,
                                       @OptionalField Duration marginToBusinessResume,
                                       boolean crossesPointOfNoReturn, List<String> criticalPath, int overdueTasks,
                                       Instant changedAt) implements GoliveEvent {
}
