package dev.golive.planner.window;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.planner.domain.GoLiveWindow;
import dev.golive.planner.domain.ResolvedTime;

import java.util.List;
import java.util.Objects;

/**
 * A computed window's milestones as the contracts carry them (events, API, stored milestones).
 * Here and not in the domain: {@link MilestoneTime} is a JSON contract type.
 */
final class MilestoneTimes {

    /** Every milestone of the window, ordered by instant (ties keep {@link Milestone} order). */
    static List<MilestoneTime> of(GoLiveWindow window) {
        return window.milestonesInTimeOrder().stream().map(m -> of(m, window.get(m))).toList();
    }

    /** The milestone at the actual wall-clock time, zone, offset and instant of {@code time}, with its rule. */
    static MilestoneTime of(Milestone milestone, ResolvedTime time) {
        Objects.requireNonNull(milestone, "milestone");
        return new MilestoneTime(milestone, time.local(), time.zone().getId(), time.offset(), time.instant(),
                time.rule());
    }

    private MilestoneTimes() {
    }
}
