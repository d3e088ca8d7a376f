package dev.golive.planner.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Another cutover of the same on-call team: its weekend {@code [from, to)}, usually its
 * downtime start and business resume.
 */
public record BusyWeekend(String cutoverId, String name, Instant from, Instant to) {

    public BusyWeekend {
        Objects.requireNonNull(cutoverId, "cutoverId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public Interval interval() {
        return new Interval(from, to.isBefore(from) ? from : to);
    }
}
