package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/** A cutover was created (status draft, no window yet). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CutoverPlanned(String cutoverId, String name, String client, String erpProduct,
                             int sourceVersion, int targetVersion, List<Integer> upgradePath,
                             String zone, String onCallTeam, GoLivePolicy policy, List<Blackout> blackouts,
                             String plannedBy, Instant plannedAt) implements GoliveEvent {
}
