package dev.golive.planner.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval of instants, {@code [start, end)}. */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval end " + end + " is before its start " + start);
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True when the two intervals share at least one instant; an empty interval overlaps nothing. */
    public boolean overlaps(Interval other) {
        return !isEmpty() && !other.isEmpty() && start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
