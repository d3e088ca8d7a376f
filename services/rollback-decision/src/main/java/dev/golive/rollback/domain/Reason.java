package dev.golive.rollback.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One policy that fired: its name ({@link RollbackPolicies.Policy#name()}), what it recommends, an
 * explanation for people, and the incidents it is about (empty for a policy about time alone).
 */
public record Reason(String policy, Recommendation recommends, String explanation, List<UUID> incidentIds) {

    public Reason {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(recommends, "recommends");
        Objects.requireNonNull(explanation, "explanation");
        incidentIds = List.copyOf(incidentIds);
    }
}
