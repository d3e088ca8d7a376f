package dev.golive.planner.window;

import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;
import dev.golive.planner.domain.GoLiveWindow;
import dev.golive.planner.domain.WindowCalculator;
import dev.golive.planner.domain.ZonedTimeResolver;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A computed window's milestones as the contracts carry them. */
class MilestoneTimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void the_milestone_time_carries_the_actual_local_time_zone_offset_instant_and_rule() {
        MilestoneTime mt = MilestoneTimes.of(Milestone.BUSINESS_RESUME,
                ZonedTimeResolver.resolve(LocalDateTime.parse("2026-03-29T01:30"), LONDON));

        assertThat(mt).isEqualTo(new MilestoneTime(Milestone.BUSINESS_RESUME, LocalDateTime.parse("2026-03-29T02:00"),
                "Europe/London", ZoneOffset.ofHours(1), Instant.parse("2026-03-29T01:00:00Z"),
                TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT));
    }

    @Test
    void a_window_gives_every_milestone_once_in_time_order() {
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-06-05T17:00"), LONDON,
                GoLivePolicy.defaults());

        assertThat(MilestoneTimes.of(w)).extracting(MilestoneTime::milestone)
                .containsExactlyElementsOf(w.milestonesInTimeOrder());
        assertThat(MilestoneTimes.of(w)).allSatisfy(mt ->
                assertThat(mt).isEqualTo(MilestoneTimes.of(mt.milestone(), w.get(mt.milestone()))));
    }
}
