package dev.golive.planner.domain;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.GoLivePolicy;

import java.util.List;

/**
 * An ops lead's edit of a cutover, as a JSON merge patch (the body of
 * {@code PATCH /api/cutovers/{id}}): a field that is absent keeps its value; {@code policy} merges
 * field by field (absent fields keep their value); {@code blackouts} replaces the list. Applied by
 * {@link CutoverDetails#edit}.
 */
public record CutoverPatch(String name, String client, String erpProduct, Integer sourceVersion,
                           Integer targetVersion, String zone, String onCallTeam, GoLivePolicy policy,
                           List<Blackout> blackouts) {
}
