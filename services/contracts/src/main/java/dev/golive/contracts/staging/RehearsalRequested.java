package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/** A staging rehearsal was requested: the production backup it upgrades and the hops it will run. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RehearsalRequested(String cutoverId, String rehearsalId, Instant productionBackupAt, List<Integer> upgradePath,
                                 String requestedBy, Instant requestedAt) implements GoliveEvent {
}
