package dev.golive.planner.domain;

import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.TimeRule;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.golive.contracts.cutover.Milestone.BUSINESS_RESUME;
import static dev.golive.contracts.cutover.Milestone.DOWNTIME_START;
import static dev.golive.contracts.cutover.Milestone.GO_NO_GO;
import static dev.golive.contracts.cutover.Milestone.POINT_OF_NO_RETURN;
import static dev.golive.contracts.cutover.Milestone.STAGING_REFRESH_DEADLINE;
import static dev.golive.contracts.cutover.Milestone.SYSTEM_BACK_EXPECTED;
import static dev.golive.contracts.cutover.Milestone.TECHNICAL_REVIEW_END;
import static dev.golive.contracts.cutover.Milestone.WEEKEND_TESTING_END;
import static org.assertj.core.api.Assertions.assertThat;

/** The default policy on every Friday of 2026–2028 in every zone under test. */
@ExtendWith(ForeignDefaultZone.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WindowCalculatorEveryFridayTest {

    private static final GoLivePolicy P = GoLivePolicy.defaults();

    private static GoLiveWindow window(ZoneId zone, LocalDate friday) {
        return WindowCalculator.compute(friday.atTime(P.downtimeStartTime()), zone, P);
    }

    /** The wall-clock time the default policy asks for each wall-clock milestone of a Friday's window. */
    private static Map<Milestone, LocalDateTime> policyWallClock(LocalDate friday) {
        Map<Milestone, LocalDateTime> m = new EnumMap<>(Milestone.class);
        m.put(STAGING_REFRESH_DEADLINE, friday.minusDays(3).atTime(17, 0));
        m.put(GO_NO_GO, friday.minusDays(1).atTime(17, 0));
        m.put(DOWNTIME_START, friday.atTime(17, 0));
        m.put(WEEKEND_TESTING_END, friday.plusDays(2).atTime(18, 0));
        m.put(BUSINESS_RESUME, friday.plusDays(3).atTime(8, 0));
        return m;
    }

    @Test
    void there_are_157_fridays_in_2026_to_2028() {
        assertThat(ZoneFixtures.fridays()).hasSize(157)
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneFridays")
    void every_milestone_local_time_is_valid_in_the_zone_and_is_the_local_time_of_its_instant(ZoneId zone, LocalDate friday) {
        ZoneRules rules = zone.getRules();

        for (ResolvedTime mt : window(zone, friday).milestones().values()) {
            assertThat(rules.isValidOffset(mt.local(), mt.offset())).as("%s", mt).isTrue();
            assertThat(mt.offset()).as("%s", mt).isEqualTo(rules.getOffset(mt.instant()));
            assertThat(ZonedDateTime.ofInstant(mt.instant(), zone).toLocalDateTime()).as("%s", mt).isEqualTo(mt.local());
            assertThat(mt.zone().getId()).isEqualTo(zone.getId());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneFridays")
    void wall_clock_milestones_keep_their_policy_local_time_when_it_is_valid(ZoneId zone, LocalDate friday) {
        GoLiveWindow w = window(zone, friday);

        policyWallClock(friday).forEach((milestone, asked) -> {
            ResolvedTime t = w.get(milestone);
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(asked);
            assertThat(t.requested()).as("%s", milestone).isEqualTo(asked);
            if (offsets.isEmpty()) {
                assertThat(t.rule()).as("%s", milestone).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
            } else {
                assertThat(t.local()).as("%s", milestone).isEqualTo(asked);
                assertThat(t.rule()).as("%s", milestone)
                        .isEqualTo(offsets.size() == 1 ? TimeRule.EXACT : TimeRule.OVERLAP_EARLIER_OFFSET);
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneFridays")
    void go_no_go_is_on_the_wall_clock_exactly_one_day_earlier_at_five_pm(ZoneId zone, LocalDate friday) {
        ResolvedTime goNoGo = window(zone, friday).get(GO_NO_GO);

        assertThat(goNoGo.local()).isEqualTo(friday.minusDays(1).atTime(17, 0));
        assertThat(goNoGo.local().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneFridays")
    void elapsed_milestones_differ_by_exactly_the_policy_durations(ZoneId zone, LocalDate friday) {
        GoLiveWindow w = window(zone, friday);

        assertThat(Duration.between(w.get(DOWNTIME_START).instant(), w.get(SYSTEM_BACK_EXPECTED).instant()))
                .isEqualTo(P.expectedDowntime());
        assertThat(Duration.between(w.get(SYSTEM_BACK_EXPECTED).instant(), w.get(TECHNICAL_REVIEW_END).instant()))
                .isEqualTo(P.technicalReview());
        assertThat(Duration.between(w.get(POINT_OF_NO_RETURN).instant(), w.get(BUSINESS_RESUME).instant()))
                .isEqualTo(P.restoreDuration().plus(P.revalidationBuffer()));
        assertThat(List.of(SYSTEM_BACK_EXPECTED, TECHNICAL_REVIEW_END, POINT_OF_NO_RETURN))
                .allSatisfy(m -> assertThat(w.get(m).rule()).as("%s", m).isEqualTo(TimeRule.ELAPSED_FROM_PREVIOUS));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneFridays")
    void with_the_default_policy_the_milestones_happen_in_their_declared_order(ZoneId zone, LocalDate friday) {
        GoLiveWindow w = window(zone, friday);
        List<Milestone> inTimeOrder = w.milestonesInTimeOrder();

        assertThat(inTimeOrder).containsExactly(Milestone.values());
        for (int i = 1; i < inTimeOrder.size(); i++) {
            assertThat(w.get(inTimeOrder.get(i)).instant()).as("%s", inTimeOrder.get(i))
                    .isAfter(w.get(inTimeOrder.get(i - 1)).instant());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneFridays")
    void the_weekend_runs_from_friday_five_pm_to_monday_eight_am_and_lasts_63_hours_less_any_clock_change(
            ZoneId zone, LocalDate friday) {
        GoLiveWindow w = window(zone, friday);
        int shiftSeconds = w.businessResume().offset().getTotalSeconds() - w.downtimeStart().offset().getTotalSeconds();

        assertThat(w.weekend().start()).isEqualTo(w.downtimeStart().instant());
        assertThat(w.weekend().end()).isEqualTo(w.businessResume().instant());
        assertThat(w.weekend().duration()).isEqualTo(Duration.ofHours(63).minusSeconds(shiftSeconds));
        assertThat(w.get(WEEKEND_TESTING_END).local()).isEqualTo(friday.plusDays(2).atTime(18, 0));
        assertThat(w.businessResume().local()).isEqualTo(friday.plusDays(3).atTime(8, 0));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneFridays")
    void a_window_reports_a_daylight_saving_adjustment_exactly_when_a_milestone_needed_a_rule(ZoneId zone, LocalDate friday) {
        GoLiveWindow w = window(zone, friday);

        boolean anyAmbiguousOrSkipped = policyWallClock(friday).values().stream()
                .anyMatch(local -> zone.getRules().getValidOffsets(local).size() != 1);
        assertThat(w.adjustedForDst()).isEqualTo(anyAmbiguousOrSkipped);
        if (zone.getId().equals("Asia/Kolkata")) {
            assertThat(w.adjustedForDst()).isFalse();
            assertThat(w.milestones().values()).extracting(ResolvedTime::offset).containsOnly(ZoneOffset.ofHoursMinutes(5, 30));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneFridays")
    void the_default_window_passes_the_window_checks(ZoneId zone, LocalDate friday) {
        assertThat(GoLivePolicyRules.check(window(zone, friday), P)).isEmpty();
    }
}
