package dev.golive.contracts.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/** An automated probe of an integration endpoint finished: outcome PASSED or FAILED with every failed check. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProbeCompleted(String cutoverId, String integrationId, String probeId, String target, String outcome,
                             @OptionalField Integer httpStatus, @OptionalField Long responseTimeMillis,
                             @OptionalField Instant certificateExpiresAt, List<String> failures, boolean scheduled,
                             Instant completedAt) implements GoliveEvent {
}
