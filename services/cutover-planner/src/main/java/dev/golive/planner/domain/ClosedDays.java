package dev.golive.planner.domain;

import java.util.List;
import java.util.Objects;

/**
 * The days closed to a cutover's go-live weekend besides its own blackouts: the public holidays of the
 * business's country and subdivision (none when the cutover has no holiday calendar) and the freeze
 * periods of its client or team. The holidays need only cover the weeks being looked at.
 */
public record ClosedDays(List<PublicHoliday> holidays, List<FreezePeriod> freezes) {

    public static final ClosedDays NONE = new ClosedDays(List.of(), List.of());

    public ClosedDays {
        holidays = List.copyOf(Objects.requireNonNull(holidays, "holidays"));
        freezes = List.copyOf(Objects.requireNonNull(freezes, "freezes"));
    }
}
