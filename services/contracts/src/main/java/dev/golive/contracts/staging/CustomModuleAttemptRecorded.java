package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;

/** A custom-module upgrade attempt finished; a failure carries its error category (PYTHON_ERROR, XML_OR_VIEW_ERROR, REPORT_ERROR, DATA_MIGRATION_ERROR, OTHER) and the end of its log. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomModuleAttemptRecorded(String cutoverId, String rehearsalId, int attemptNumber, String commitRef,
                                          String outcome, @OptionalField String errorCategory, Duration duration,
                                          @OptionalField String logExcerpt, Instant finishedAt)
        implements GoliveEvent {
}
