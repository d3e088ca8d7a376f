package dev.golive.contracts.runbook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The projected "ready for business" moved (or crossed the point of no return): from the actual
 * times so far and the planned durations ahead. {@code marginToBusinessResume} is negative when the
 * projection ends after business resume; {@code criticalPath} lists the titles of the tasks on it,
 * in order. Sent only on a change of the projected instant or of the crossing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunbookProjectionChanged(String cutoverId, String runbookId, Instant projectedReadyAt,
                                       @OptionalField Instant businessResumeAt, @OptionalField Instant pointOfNoReturnAt,
                                       @OptionalField Duration marginToBusinessResume,
                                       boolean crossesPointOfNoReturn, List<String> criticalPath, int overdueTasks,
                                       Instant changedAt) implements GoliveEvent {
}
