package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.GoLivePolicy;

import java.util.List;

/**
 * Body of {@code PATCH /api/cutovers/{id}} (JSON merge patch): a field that is absent keeps
 * its value; {@code policy} merges field by field (absent fields keep their value); {@code blackouts} replaces the list.
 */
public record CutoverPatch(String name, String client, String erpProduct, Integer sourceVersion,
                           Integer targetVersion, String zone, String onCallTeam, GoLivePolicy policy,
                           List<Blackout> blackouts) {
}
