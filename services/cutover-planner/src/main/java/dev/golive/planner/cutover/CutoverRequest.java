package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.GoLivePolicy;

import java.util.List;

/** Body of {@code POST /api/cutovers}. */
public record CutoverRequest(String name, String client, String erpProduct, Integer sourceVersion,
                             Integer targetVersion, String zone, String onCallTeam, GoLivePolicy policy,
                             List<Blackout> blackouts) {
}
