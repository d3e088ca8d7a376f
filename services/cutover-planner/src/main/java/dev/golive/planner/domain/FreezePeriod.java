package dev.golive.planner.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An organisation-wide freeze (year-end closing, a trade fair): days (inclusive, local dates in each
 * cutover's zone) on which no go-live weekend of the cutovers it applies to may fall.
 */
public record FreezePeriod(String name, LocalDate from, LocalDate to) {

    public FreezePeriod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
