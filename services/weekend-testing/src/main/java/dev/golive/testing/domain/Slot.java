package dev.golive.testing.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of time a tester can test, {@code [start, end)}: a scenario fits in it when it starts
 * at or after {@code start} and ends at or before {@code end}. Not checked here (see
 * {@link TesterRules}): a slot read from a request may be back to front.
 */
public record Slot(Instant start, Instant end) {

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Whether {@code [from, to)} lies inside this slot. */
    public boolean contains(Instant from, Instant to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }

    /** Whether the two share some time; slots that only touch ({@code a.end == b.start}) do not. */
    public boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
