package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/** A cutover's details changed; carries the whole new state and the names of the changed fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CutoverUpdated(String cutoverId, List<String> changedFields, String name, String client,
                             String erpProduct, int sourceVersion, int targetVersion, List<Integer> upgradePath,
                             String zone, String onCallTeam, GoLivePolicy policy, List<Blackout> blackouts,
                             String updatedBy, Instant updatedAt) implements GoliveEvent {
}
