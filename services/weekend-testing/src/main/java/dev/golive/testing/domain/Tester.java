package dev.golive.testing.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A power user who tests over the weekend: an id, their name, their {@code username} (the login
 * they sign in with, so a tester records results only for their own assignments), how to reach
 * them, their IANA time zone (for showing them their slots), the areas they know, when they are
 * available, and at most how many hours they test in all. Not checked here: see {@link TesterRules}.
 */
public record Tester(String id, String name, String username, String contact, String zone, Set<BusinessArea> areas,
                     List<Slot> availability, int maxHours) {

    public Tester {
        areas = areas == null ? null
                : areas.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(areas));
        availability = availability == null ? null : List.copyOf(availability);
    }

    /** The same tester with other slots: what the planner sees of them for a staging round. */
    public Tester withAvailability(List<Slot> slots) {
        return new Tester(id, name, username, contact, zone, areas, slots, maxHours);
    }

    public boolean knows(BusinessArea area) {
        return areas != null && areas.contains(area);
    }

    public Duration capacity() {
        return Duration.ofHours(maxHours);
    }

    /** The zone as a {@link ZoneId}; throws for an invalid one ({@link TesterRules} reports it first). */
    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }
}
