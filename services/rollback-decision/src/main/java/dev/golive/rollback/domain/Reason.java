package dev.golive.rollback.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One policy that fired: its name ({@link RollbackPolicies.Policy#name()}), what it recommends, an
 * explanation for people, the incidents it names (the oldest few, see {@link OpenIncidents#NAMED};
 * empty for a policy about time alone) and how many incidents it is about in all. A reason recorded
 * before incidents were counted names all of its incidents: its count is theirs.
 */
public record Reason(String policy, Recommendation recommends, String explanation, List<UUID> incidentIds,
                     long incidentCount) {

    public Reason {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(recommends, "recommends");
        Objects.requireNonNull(explanation, "explanation");
        incidentIds = List.copyOf(incidentIds);
        incidentCount = Math.max(incidentCount, incidentIds.size());
    }

    /** A reason about exactly {@code incidentIds}. */
    public Reason(String policy, Recommendation recommends, String explanation, List<UUID> incidentIds) {
        this(policy, recommends, explanation, incidentIds, incidentIds.size());
    }
}
