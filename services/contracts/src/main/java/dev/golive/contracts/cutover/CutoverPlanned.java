package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/**
 * A cutover was created (status draft, no window yet). {@code members} is who takes part in it from
 * the start (at least the ops lead who planned it); optional because cutovers planned before
 * membership existed were announced without it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CutoverPlanned(String cutoverId, String name, String client, String erpProduct,
                             int sourceVersion, int targetVersion, List<Integer> upgradePath,
                             String zone, String onCallTeam, GoLivePolicy policy, List<Blackout> blackouts,
                             String plannedBy, Instant plannedAt,
                             @OptionalField List<CutoverMember> members) implements GoliveEvent {

    /** A plan announced without its members (they follow in a {@link CutoverMembersChanged}). */
    public CutoverPlanned(String cutoverId, String name, String client, String erpProduct,
                          int sourceVersion, int targetVersion, List<Integer> upgradePath,
                          String zone, String onCallTeam, GoLivePolicy policy, List<Blackout> blackouts,
                          String plannedBy, Instant plannedAt) {
        this(cutoverId, name, client, erpProduct, sourceVersion, targetVersion, upgradePath, zone, onCallTeam,
                policy, blackouts, plannedBy, plannedAt, null);
    }
}
