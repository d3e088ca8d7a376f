package dev.golive.planner.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A public holiday of the business's country (or subdivision): a local date in the business's zone, and its name. */
public record PublicHoliday(LocalDate date, String name) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
