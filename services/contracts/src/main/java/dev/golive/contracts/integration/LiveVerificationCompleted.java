package dev.golive.contracts.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/** A live verification of an integration finished on production. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveVerificationCompleted(String cutoverId, String integrationId, boolean passed, List<String> failures,
                                        Instant completedAt) implements GoliveEvent {
}
