package dev.golive.planner.domain;

import dev.golive.contracts.cutover.Milestone;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A computed go-live window: every {@link Milestone} resolved in the cutover's zone.
 * Built by {@link WindowCalculator#compute}; {@code milestones} holds all milestones, iterated in
 * {@link Milestone} order, and cannot be modified. Enum order is not time order in general
 * (the point of no return can precede the end of weekend testing): use
 * {@link #milestonesInTimeOrder()} for the time order.
 */
public record GoLiveWindow(ZoneId zone, LocalDateTime requestedDowntimeStart, Map<Milestone, ResolvedTime> milestones) {

    public GoLiveWindow {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(requestedDowntimeStart, "requestedDowntimeStart");
        Objects.requireNonNull(milestones, "milestones");
        EnumMap<Milestone, ResolvedTime> copy = new EnumMap<>(Milestone.class);
        milestones.forEach((milestone, time) -> copy.put(
                Objects.requireNonNull(milestone, "milestone"), Objects.requireNonNull(time, "time of " + milestone)));
        Set<Milestone> missing = EnumSet.allOf(Milestone.class);
        missing.removeAll(copy.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("a go-live window needs every milestone; missing " + missing);
        }
        milestones = Collections.unmodifiableMap(copy);
    }

    public ResolvedTime get(Milestone milestone) {
        return milestones.get(Objects.requireNonNull(milestone, "milestone"));
    }

    public ResolvedTime downtimeStart() {
        return get(Milestone.DOWNTIME_START);
    }

    public ResolvedTime businessResume() {
        return get(Milestone.BUSINESS_RESUME);
    }

    /** The milestones ordered by instant (ties keep {@link Milestone} order). */
    public List<Milestone> milestonesInTimeOrder() {
        return milestones.keySet().stream()
                .sorted(Comparator.comparing(milestone -> milestones.get(milestone).instant()))
                .toList();
    }

    /** True when a daylight-saving gap or overlap decided at least one milestone. */
    public boolean adjustedForDst() {
        return milestones.values().stream().anyMatch(ResolvedTime::adjustedForDst);
    }

    /** Production is down or under test: {@code [downtime start, business resume)}. */
    public Interval weekend() {
        return new Interval(downtimeStart().instant(), businessResume().instant());
    }
}
