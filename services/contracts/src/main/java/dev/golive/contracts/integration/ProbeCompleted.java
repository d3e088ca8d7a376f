package dev.golive.contracts.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/**
 * An automated probe of an integration endpoint finished: outcome PASSED or FAILED with every failed check.
 * {@code latenessMillis}: how long after its instant the trigger of a scheduled or live run fired; absent
 * for a run on request (or from older events).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProbeCompleted(String cutoverId, String integrationId, String probeId, String target, String outcome,
                             @OptionalField Integer httpStatus, @OptionalField Long responseTimeMillis,
                             @OptionalField Instant certificateExpiresAt, List<String> failures, boolean scheduled,
                             Instant completedAt, @OptionalField Long latenessMillis) implements GoliveEvent {
}
