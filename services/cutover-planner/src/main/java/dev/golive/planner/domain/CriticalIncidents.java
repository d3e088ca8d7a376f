package dev.golive.planner.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the incident gate reads: how many critical incidents reported before the downtime start are
 * unresolved, and the oldest {@link #NAMED} of them by report time (those with no report time last,
 * then by id), the ones its reasons name. The gate never needs the others, so a store can hand
 * over a count and a few rows however many incidents the cutover has.
 */
public record CriticalIncidents(long count, List<Incident> oldest) {

    /** How many incidents the gate names; the others are counted. */
    public static final int NAMED = 3;

    public static final CriticalIncidents NONE = new CriticalIncidents(0, List.of());

    /** The order of {@link #oldest}. */
    public static final Comparator<Incident> OLDEST_FIRST = Comparator
            .comparing(Incident::reportedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Incident::incidentId, Comparator.nullsLast(Comparator.naturalOrder()));

    public CriticalIncidents {
        oldest = oldest == null ? List.of() : List.copyOf(oldest);
        if (oldest.size() > NAMED || count < oldest.size()) {
            throw new IllegalArgumentException("at most " + NAMED + " named of " + count + ", got " + oldest.size());
        }
    }

    /** From every incident of a cutover (kept in memory): the same answer a store gives from its rows. */
    public static CriticalIncidents of(Collection<Incident> incidents, Instant downtimeStart) {
        Objects.requireNonNull(incidents, "incidents");
        List<Incident> counted = incidents.stream()
                .filter(i -> i.criticalAndUnresolved() && i.before(downtimeStart))
                .sorted(OLDEST_FIRST).toList();
        return new CriticalIncidents(counted.size(), counted.subList(0, Math.min(NAMED, counted.size())));
    }
}
