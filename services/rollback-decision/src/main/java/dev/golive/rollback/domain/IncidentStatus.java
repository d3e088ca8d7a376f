package dev.golive.rollback.domain;

import java.util.Set;

/**
 * Where an incident stands.
 * <ul>
 *   <li>{@code OPEN}: the problem is there, nothing contains it;</li>
 *   <li>{@code MITIGATED}: a workaround is in place and the system is usable again, but the
 *       problem is not fixed and may come back ({@code MITIGATED → OPEN});</li>
 *   <li>{@code RESOLVED}: fixed; terminal — a problem that comes back after that is a new incident.</li>
 * </ul>
 * Allowed: OPEN→MITIGATED, OPEN→RESOLVED, MITIGATED→OPEN, MITIGATED→RESOLVED. Staying in the
 * same status is not a transition.
 */
public enum IncidentStatus {
    OPEN,
    MITIGATED,
    RESOLVED;

    public boolean canMoveTo(IncidentStatus next) {
        return next != null && successors().contains(next);
    }

    public Set<IncidentStatus> successors() {
        return switch (this) {
            case OPEN -> Set.of(MITIGATED, RESOLVED);
            case MITIGATED -> Set.of(OPEN, RESOLVED);
            case RESOLVED -> Set.of();
        };
    }

    public boolean terminal() {
        return successors().isEmpty();
    }
}
