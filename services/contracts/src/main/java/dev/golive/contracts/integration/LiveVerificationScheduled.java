package dev.golive.contracts.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/** Checks of integrations that can only be verified on production were scheduled for when the system is back. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveVerificationScheduled(String cutoverId, List<String> integrationIds, Instant runAt, Instant scheduledAt) implements GoliveEvent {
}
