package dev.golive.contracts.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/**
 * A live verification of an integration finished on production. {@code latenessMillis}: how long after
 * its planned instant the verification's trigger fired; absent from older events.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveVerificationCompleted(String cutoverId, String integrationId, boolean passed, List<String> failures,
                                        Instant completedAt, @OptionalField Long latenessMillis) implements GoliveEvent {
}
