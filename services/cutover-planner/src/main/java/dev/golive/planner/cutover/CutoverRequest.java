package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.contracts.cutover.GoLivePolicy;

import java.util.List;

/**
 * Body of {@code POST /api/cutovers}. {@code members}: who else takes part from the start (the ops lead
 * who plans it always does, and the client's standing members join too). {@code country} (ISO 3166-1
 * alpha-2) and {@code subdivision}: whose public holidays close weekends; optional (none: no holiday
 * calendar), changed later with {@code PUT /api/cutovers/{id}/holiday-calendar}.
 */
public record CutoverRequest(String name, String client, String erpProduct, Integer sourceVersion,
                             Integer targetVersion, String zone, String onCallTeam, GoLivePolicy policy,
                             List<Blackout> blackouts, List<CutoverMember> members, String country,
                             String subdivision) {

    public CutoverRequest(String name, String client, String erpProduct, Integer sourceVersion,
                          Integer targetVersion, String zone, String onCallTeam, GoLivePolicy policy,
                          List<Blackout> blackouts, List<CutoverMember> members) {
        this(name, client, erpProduct, sourceVersion, targetVersion, zone, onCallTeam, policy, blackouts, members,
                null, null);
    }

    public CutoverRequest(String name, String client, String erpProduct, Integer sourceVersion,
                          Integer targetVersion, String zone, String onCallTeam, GoLivePolicy policy,
                          List<Blackout> blackouts) {
        this(name, client, erpProduct, sourceVersion, targetVersion, zone, onCallTeam, policy, blackouts, null);
    }
}
