package dev.golive.notification.domain;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.Milestone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the hub knows of a cutover when an event arrives: its name and zone, its status (empty when
 * not heard yet), the revision of its current window (0 before any), that window's milestones, and
 * whether the runbook's latest projection before this event had the upgraded system back after the
 * point of no return ({@code upgradePastPointOfNoReturn}: a new projection is told only when it turns).
 */
public record CutoverContext(String cutoverId, String name, ZoneId zone, Optional<CutoverStatus> status,
                             int windowRevision, Map<Milestone, Instant> milestones, boolean upgradePastPointOfNoReturn) {

    /** A context before any projection of the runbook crossed the point of no return. */
    public CutoverContext(String cutoverId, String name, ZoneId zone, Optional<CutoverStatus> status,
                          int windowRevision, Map<Milestone, Instant> milestones) {
        this(cutoverId, name, zone, status, windowRevision, milestones, false);
    }

    public CutoverContext {
        Objects.requireNonNull(cutoverId, "cutoverId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        milestones = milestones.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(milestones));
    }

    /**
     * A cutover the hub has not heard of yet (its CutoverPlanned not consumed): named by its id, in
     * UTC until its zone is known, with no status and no window.
     */
    public static CutoverContext unknown(String cutoverId) {
        return new CutoverContext(cutoverId, cutoverId, ZoneOffset.UTC, Optional.empty(), 0, Map.of());
    }

    public Optional<Instant> milestone(Milestone milestone) {
        return Optional.ofNullable(milestones.get(milestone));
    }

    /** The same cutover with the runbook's projection now crossing the point of no return, or not. */
    public CutoverContext withUpgradePastPointOfNoReturn(boolean crossing) {
        return new CutoverContext(cutoverId, name, zone, status, windowRevision, milestones, crossing);
    }

    public Optional<Instant> downtimeStart() {
        return milestone(Milestone.DOWNTIME_START);
    }

    /** Whether the go-live is under way: production down or being tested ({@code IN_PROGRESS}, {@code WEEKEND_TESTING}). */
    public boolean live() {
        return status.map(s -> s == CutoverStatus.IN_PROGRESS || s == CutoverStatus.WEEKEND_TESTING).orElse(false);
    }
}
