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

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

import static dev.golive.contracts.cutover.Milestone.BUSINESS_RESUME;
import static dev.golive.contracts.cutover.Milestone.DOWNTIME_START;
import static dev.golive.contracts.cutover.Milestone.GO_NO_GO;
import static dev.golive.contracts.cutover.Milestone.POINT_OF_NO_RETURN;
import static dev.golive.contracts.cutover.Milestone.STAGING_REFRESH_DEADLINE;
import static dev.golive.contracts.cutover.Milestone.SYSTEM_BACK_EXPECTED;
import static dev.golive.contracts.cutover.Milestone.TECHNICAL_REVIEW_END;
import static dev.golive.contracts.cutover.Milestone.WEEKEND_TESTING_END;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every transition of 2026–2028 in every zone under test, windows built so that one
 * milestone lands inside the gap or overlap: the rule and the instant come from the zone rules.
 */
@ExtendWith(ForeignDefaultZone.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WindowCalculatorTransitionTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);

    /** Asserts what the zone rules say about a milestone whose wall-clock time is {@code requested}. */
    private static void assertLandsOnTransition(ResolvedTime t, LocalDateTime requested, ZoneId zone, ZoneOffsetTransition transition) {
        assertThat(t.requested()).isEqualTo(requested);
        assertThat(t.instant()).isEqualTo(ZoneFixtures.expectedInstant(requested, zone));
        if (transition.isGap()) {
            assertThat(t.rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
            assertThat(t.instant()).isEqualTo(transition.getInstant());
            assertThat(t.local()).isEqualTo(transition.getDateTimeAfter());
            assertThat(t.offset()).isEqualTo(transition.getOffsetAfter());
        } else {
            assertThat(t.rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
            assertThat(t.instant()).isEqualTo(requested.toInstant(transition.getOffsetBefore()));
            assertThat(t.local()).isEqualTo(requested);
            assertThat(t.offset()).isEqualTo(transition.getOffsetBefore());
        }
    }

    @Test
    void every_zone_with_daylight_saving_has_transitions_in_2026_to_2028_and_kolkata_has_none() {
        ZoneFixtures.ZONES.forEach(zone -> {
            if (zone.getId().equals("Asia/Kolkata")) {
                assertThat(ZoneFixtures.transitions(zone)).as(zone.getId()).isEmpty();
            } else {
                assertThat(ZoneFixtures.transitions(zone)).as(zone.getId()).hasSize(6);
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void a_downtime_start_inside_the_transition_gets_the_zone_rule_and_the_system_is_back_after_the_elapsed_downtime(
            ZoneId zone, ZoneOffsetTransition transition) {
        LocalDateTime inside = ZoneFixtures.inside(transition);
        GoLivePolicy p = PolicyBuilder.defaults().downtime(inside.getDayOfWeek(), inside.toLocalTime()).build();

        GoLiveWindow w = WindowCalculator.compute(inside, zone, p);

        assertLandsOnTransition(w.get(DOWNTIME_START), inside, zone, transition);
        assertThat(w.get(SYSTEM_BACK_EXPECTED).instant()).isEqualTo(w.get(DOWNTIME_START).instant().plus(p.expectedDowntime()));
        assertThat(w.adjustedForDst()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void a_go_no_go_inside_the_transition_gets_the_zone_rule(ZoneId zone, ZoneOffsetTransition transition) {
        LocalDateTime inside = ZoneFixtures.inside(transition);
        LocalDateTime downtime = inside.plusDays(1);
        GoLivePolicy p = PolicyBuilder.defaults()
                .downtime(downtime.getDayOfWeek(), downtime.toLocalTime())
                .goNoGoBeforeDowntime(Duration.ofDays(1))
                .build();

        GoLiveWindow w = WindowCalculator.compute(downtime, zone, p);

        assertLandsOnTransition(w.get(GO_NO_GO), inside, zone, transition);
        assertThat(w.get(DOWNTIME_START).rule()).isEqualTo(TimeRule.EXACT);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void a_staging_refresh_deadline_inside_the_transition_gets_the_zone_rule(ZoneId zone, ZoneOffsetTransition transition) {
        LocalDateTime inside = ZoneFixtures.inside(transition);
        LocalDateTime downtime = inside.plusDays(3);
        GoLivePolicy p = PolicyBuilder.defaults()
                .downtime(downtime.getDayOfWeek(), downtime.toLocalTime())
                .stagingRefreshBeforeDowntime(Duration.ofDays(3))
                .build();

        GoLiveWindow w = WindowCalculator.compute(downtime, zone, p);

        assertLandsOnTransition(w.get(STAGING_REFRESH_DEADLINE), inside, zone, transition);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void a_weekend_testing_end_inside_the_transition_gets_the_zone_rule(ZoneId zone, ZoneOffsetTransition transition) {
        LocalDateTime inside = ZoneFixtures.inside(transition);
        LocalDate day = inside.toLocalDate();
        LocalDateTime downtime = day.minusDays(2).atTime(TEN);
        GoLivePolicy p = PolicyBuilder.defaults()
                .downtime(downtime.getDayOfWeek(), TEN)
                .weekendTestingEnd(day.getDayOfWeek(), inside.toLocalTime())
                .businessResume(day.plusDays(1).getDayOfWeek(), LocalTime.of(8, 0))
                .build();

        GoLiveWindow w = WindowCalculator.compute(downtime, zone, p);

        assertLandsOnTransition(w.get(WEEKEND_TESTING_END), inside, zone, transition);
        assertThat(w.businessResume().local()).isEqualTo(day.plusDays(1).atTime(8, 0));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void a_business_resume_inside_the_transition_gets_the_zone_rule_and_the_point_of_no_return_is_counted_back_from_it(
            ZoneId zone, ZoneOffsetTransition transition) {
        LocalDateTime inside = ZoneFixtures.inside(transition);
        LocalDate day = inside.toLocalDate();
        LocalDateTime downtime = day.minusDays(3).atTime(TEN);
        GoLivePolicy p = PolicyBuilder.defaults()
                .downtime(downtime.getDayOfWeek(), TEN)
                .weekendTestingEnd(day.minusDays(1).getDayOfWeek(), LocalTime.NOON)
                .businessResume(day.getDayOfWeek(), inside.toLocalTime())
                .build();

        GoLiveWindow w = WindowCalculator.compute(downtime, zone, p);

        assertLandsOnTransition(w.get(BUSINESS_RESUME), inside, zone, transition);
        assertThat(w.get(POINT_OF_NO_RETURN).instant()).isEqualTo(
                w.get(BUSINESS_RESUME).instant().minus(p.restoreDuration()).minus(p.revalidationBuffer()));
        assertThat(w.weekend().end()).isEqualTo(ZoneFixtures.expectedInstant(inside, zone));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void an_elapsed_downtime_across_the_transition_lasts_exactly_its_duration_and_its_wall_clock_shifts_by_the_offset_change(
            ZoneId zone, ZoneOffsetTransition transition) {
        LocalDateTime firstAffected = transition.isGap() ? transition.getDateTimeBefore() : transition.getDateTimeAfter();
        LocalDateTime downtime = firstAffected.minusHours(2);
        GoLivePolicy p = PolicyBuilder.defaults().downtime(downtime.getDayOfWeek(), downtime.toLocalTime()).build();

        GoLiveWindow w = WindowCalculator.compute(downtime, zone, p);

        ResolvedTime start = w.get(DOWNTIME_START);
        ResolvedTime back = w.get(SYSTEM_BACK_EXPECTED);
        assertThat(start.rule()).isEqualTo(TimeRule.EXACT);
        assertThat(start.instant()).isBefore(transition.getInstant());
        assertThat(back.instant()).isAfter(transition.getInstant());
        assertThat(Duration.between(start.instant(), back.instant())).isEqualTo(p.expectedDowntime());
        assertThat(back.rule()).isEqualTo(TimeRule.ELAPSED_FROM_PREVIOUS);
        assertThat(back.local()).isEqualTo(downtime.plus(p.expectedDowntime()).plus(transition.getDuration()));
        assertThat(w.get(TECHNICAL_REVIEW_END).instant()).isEqualTo(back.instant().plus(p.technicalReview()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void milestones_around_a_transition_are_all_valid_local_times_and_the_rule_shows_on_the_affected_one_only(
            ZoneId zone, ZoneOffsetTransition transition) {
        LocalDateTime inside = ZoneFixtures.inside(transition);
        LocalDate day = inside.toLocalDate();
        LocalDateTime downtime = day.minusDays(3).atTime(TEN);
        GoLivePolicy p = PolicyBuilder.defaults()
                .downtime(downtime.getDayOfWeek(), TEN)
                .weekendTestingEnd(day.minusDays(1).getDayOfWeek(), LocalTime.NOON)
                .businessResume(day.getDayOfWeek(), inside.toLocalTime())
                .build();

        GoLiveWindow w = WindowCalculator.compute(downtime, zone, p);

        w.milestones().forEach((milestone, t) -> {
            assertThat(zone.getRules().isValidOffset(t.local(), t.offset())).as("%s", milestone).isTrue();
            assertThat(t.adjustedForDst()).as("%s", milestone).isEqualTo(milestone == Milestone.BUSINESS_RESUME);
        });
    }
}
