package dev.golive.planner.domain;

import dev.golive.problems.field.FieldViolation;

import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.TimeRule;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hard-coded, well-known windows. */
@ExtendWith(ForeignDefaultZone.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WindowCalculatorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final GoLivePolicy DEFAULTS = GoLivePolicy.defaults();

    private static Map<Milestone, Instant> instants(GoLiveWindow w) {
        Map<Milestone, Instant> m = new EnumMap<>(Milestone.class);
        w.milestones().forEach((k, v) -> m.put(k, v.instant()));
        return m;
    }

    @Test
    void a_london_weekend_across_spring_forward_keeps_every_wall_clock_time_of_the_policy() {
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-03-27T17:00"), LONDON, DEFAULTS);

        assertThat(instants(w)).containsExactlyInAnyOrderEntriesOf(Map.of(
                STAGING_REFRESH_DEADLINE, Instant.parse("2026-03-24T17:00:00Z"),
                GO_NO_GO, Instant.parse("2026-03-26T17:00:00Z"),
                DOWNTIME_START, Instant.parse("2026-03-27T17:00:00Z"),
                SYSTEM_BACK_EXPECTED, Instant.parse("2026-03-27T21:00:00Z"),
                TECHNICAL_REVIEW_END, Instant.parse("2026-03-27T23:00:00Z"),
                WEEKEND_TESTING_END, Instant.parse("2026-03-29T17:00:00Z"),   // 18:00 BST
                POINT_OF_NO_RETURN, Instant.parse("2026-03-30T03:00:00Z"),    // 04:00 BST
                BUSINESS_RESUME, Instant.parse("2026-03-30T07:00:00Z")));     // 08:00 BST
        assertThat(w.get(BUSINESS_RESUME).local()).isEqualTo(LocalDateTime.parse("2026-03-30T08:00"));
        assertThat(w.adjustedForDst()).isFalse();
    }

    @Test
    void a_london_weekend_across_spring_forward_is_an_hour_shorter() {
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-03-27T17:00"), LONDON, DEFAULTS);

        assertThat(w.weekend()).isEqualTo(new Interval(Instant.parse("2026-03-27T17:00:00Z"), Instant.parse("2026-03-30T07:00:00Z")));
        assertThat(w.weekend().duration()).isEqualTo(Duration.ofHours(62));
    }

    @Test
    void a_london_weekend_across_fall_back_is_an_hour_longer() {
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-10-23T17:00"), LONDON, DEFAULTS);

        assertThat(w.downtimeStart().instant()).isEqualTo(Instant.parse("2026-10-23T16:00:00Z"));
        assertThat(w.businessResume().instant()).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
        assertThat(w.weekend().duration()).isEqualTo(Duration.ofHours(64));
        assertThat(w.adjustedForDst()).isFalse();
    }

    @Test
    void weekend_testing_ending_in_the_london_gap_moves_to_two_o_clock_summer_time() {
        GoLivePolicy p = PolicyBuilder.defaults().weekendTestingEnd(DayOfWeek.SUNDAY, LocalTime.of(1, 30)).build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-03-27T17:00"), LONDON, p);

        ResolvedTime end = w.get(WEEKEND_TESTING_END);
        assertThat(end.requested()).isEqualTo(LocalDateTime.parse("2026-03-29T01:30"));
        assertThat(end.rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(end.instant()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(end.local()).isEqualTo(LocalDateTime.parse("2026-03-29T02:00"));
        assertThat(w.adjustedForDst()).isTrue();
    }

    @Test
    void business_resuming_in_the_london_overlap_takes_the_summer_time_pass() {
        GoLivePolicy p = PolicyBuilder.defaults()
                .weekendTestingEnd(DayOfWeek.SATURDAY, LocalTime.NOON)
                .businessResume(DayOfWeek.SUNDAY, LocalTime.of(1, 30))
                .build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-10-23T17:00"), LONDON, p);

        assertThat(w.businessResume().rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
        assertThat(w.businessResume().instant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(w.get(POINT_OF_NO_RETURN).instant()).isEqualTo(Instant.parse("2026-10-24T20:30:00Z"));
    }

    @Test
    void a_new_york_downtime_in_the_spring_gap_starts_at_three_and_the_system_is_back_four_hours_later() {
        GoLivePolicy p = PolicyBuilder.defaults().downtime(DayOfWeek.SUNDAY, LocalTime.of(2, 30)).build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-03-08T02:30"), NEW_YORK, p);

        assertThat(w.downtimeStart().rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(w.downtimeStart().instant()).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
        assertThat(w.downtimeStart().local()).isEqualTo(LocalDateTime.parse("2026-03-08T03:00"));
        assertThat(w.get(SYSTEM_BACK_EXPECTED).local()).isEqualTo(LocalDateTime.parse("2026-03-08T07:00"));
        assertThat(w.requestedDowntimeStart()).isEqualTo(LocalDateTime.parse("2026-03-08T02:30"));
    }

    @Test
    void a_new_york_go_no_go_in_the_spring_gap_is_reported_while_the_downtime_is_exact() {
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-03-09T02:30"), NEW_YORK, DEFAULTS);

        assertThat(w.get(GO_NO_GO).rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(w.get(GO_NO_GO).instant()).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
        assertThat(w.downtimeStart().rule()).isEqualTo(TimeRule.EXACT);
    }

    @Test
    void a_new_york_downtime_in_the_autumn_overlap_starts_on_daylight_time() {
        GoLivePolicy p = PolicyBuilder.defaults().downtime(DayOfWeek.SUNDAY, LocalTime.of(1, 30)).build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-11-01T01:30"), NEW_YORK, p);

        assertThat(w.downtimeStart().rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
        assertThat(w.downtimeStart().instant()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        // four elapsed hours later it is 04:30 EST, not 05:30
        assertThat(w.get(SYSTEM_BACK_EXPECTED).local()).isEqualTo(LocalDateTime.parse("2026-11-01T04:30"));
    }

    @Test
    void a_lord_howe_weekend_across_the_october_change_is_half_an_hour_shorter() {
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-10-02T17:00"), LORD_HOWE, DEFAULTS);

        assertThat(w.downtimeStart().offset()).isEqualTo(ZoneOffset.ofHoursMinutes(10, 30));
        assertThat(w.businessResume().offset()).isEqualTo(ZoneOffset.ofHours(11));
        assertThat(w.weekend().duration()).isEqualTo(Duration.ofHours(62).plusMinutes(30));
    }

    @Test
    void lord_howe_weekend_testing_ending_in_the_half_hour_gap_moves_to_half_past_two() {
        GoLivePolicy p = PolicyBuilder.defaults().weekendTestingEnd(DayOfWeek.SUNDAY, LocalTime.of(2, 15)).build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-10-02T17:00"), LORD_HOWE, p);

        assertThat(w.get(WEEKEND_TESTING_END).rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(w.get(WEEKEND_TESTING_END).instant()).isEqualTo(Instant.parse("2026-10-03T15:30:00Z"));
        assertThat(w.get(WEEKEND_TESTING_END).local()).isEqualTo(LocalDateTime.parse("2026-10-04T02:30"));
    }

    @Test
    void lord_howe_business_resuming_in_the_half_hour_overlap_takes_plus_eleven() {
        GoLivePolicy p = PolicyBuilder.defaults()
                .weekendTestingEnd(DayOfWeek.SATURDAY, LocalTime.NOON)
                .businessResume(DayOfWeek.SUNDAY, LocalTime.of(1, 45))
                .build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-04-03T17:00"), LORD_HOWE, p);

        assertThat(w.businessResume().rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
        assertThat(w.businessResume().instant()).isEqualTo(Instant.parse("2026-04-04T14:45:00Z"));
    }

    @Test
    void santiago_business_resuming_in_the_repeated_saturday_hour_takes_the_earlier_offset() {
        GoLivePolicy p = PolicyBuilder.defaults()
                .weekendTestingEnd(DayOfWeek.SATURDAY, LocalTime.NOON)
                .businessResume(DayOfWeek.SATURDAY, LocalTime.of(23, 30))
                .build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-04-03T17:00"), SANTIAGO, p);

        assertThat(w.businessResume().rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
        assertThat(w.businessResume().instant()).isEqualTo(Instant.parse("2026-04-05T02:30:00Z"));
    }

    @Test
    void a_kolkata_window_is_five_thirty_ahead_of_utc_and_needs_no_rule() {
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-03-27T17:00"), KOLKATA, DEFAULTS);

        assertThat(w.downtimeStart().instant()).isEqualTo(Instant.parse("2026-03-27T11:30:00Z"));
        assertThat(w.businessResume().instant()).isEqualTo(Instant.parse("2026-03-30T02:30:00Z"));
        assertThat(w.milestones().values()).extracting(ResolvedTime::offset).containsOnly(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(w.adjustedForDst()).isFalse();
    }

    @Test
    void weekend_testing_end_is_the_first_occurrence_strictly_after_the_technical_review_ends() {
        // Review ends Sunday 18:00 exactly, so testing end (Sunday 18:00) moves a week on.
        GoLivePolicy p = PolicyBuilder.defaults().downtime(DayOfWeek.SUNDAY, LocalTime.of(12, 0)).build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-06-07T12:00"), LONDON, p);

        assertThat(w.get(TECHNICAL_REVIEW_END).local()).isEqualTo(LocalDateTime.parse("2026-06-07T18:00"));
        assertThat(w.get(WEEKEND_TESTING_END).local()).isEqualTo(LocalDateTime.parse("2026-06-14T18:00"));
        assertThat(w.businessResume().local()).isEqualTo(LocalDateTime.parse("2026-06-15T08:00"));
    }

    @Test
    void a_wall_clock_occurrence_later_on_the_clock_but_earlier_in_time_moves_a_week_on() {
        // Review ends 01:30 GMT, in the second pass of the London overlap (00:30Z, 01:30Z): testing end
        // at 01:45 resolves to the first pass, 00:45Z, which is before the review ends.
        GoLivePolicy p = PolicyBuilder.defaults()
                .downtime(DayOfWeek.SATURDAY, LocalTime.of(20, 30))
                .weekendTestingEnd(DayOfWeek.SUNDAY, LocalTime.of(1, 45))
                .build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-10-24T20:30"), LONDON, p);

        assertThat(w.get(TECHNICAL_REVIEW_END).instant()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(w.get(TECHNICAL_REVIEW_END).local()).isEqualTo(LocalDateTime.parse("2026-10-25T01:30"));
        assertThat(w.get(WEEKEND_TESTING_END).local()).isEqualTo(LocalDateTime.parse("2026-11-01T01:45"));
    }

    @Test
    void the_point_of_no_return_can_come_before_weekend_testing_ends_and_the_list_is_in_time_order() {
        GoLivePolicy p = PolicyBuilder.defaults().weekendTestingEnd(DayOfWeek.MONDAY, LocalTime.of(7, 0)).build();

        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-06-05T17:00"), LONDON, p);

        assertThat(w.milestonesInTimeOrder()).containsExactly(
                STAGING_REFRESH_DEADLINE, GO_NO_GO, DOWNTIME_START, SYSTEM_BACK_EXPECTED, TECHNICAL_REVIEW_END,
                POINT_OF_NO_RETURN, WEEKEND_TESTING_END, BUSINESS_RESUME);
        assertThat(w.milestones().keySet()).containsExactly(Milestone.values());
    }

    @Test
    void the_milestone_map_cannot_be_modified() {
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-06-05T17:00"), LONDON, DEFAULTS);

        assertThatThrownBy(() -> w.milestones().remove(GO_NO_GO)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_window_needs_every_milestone() {
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-06-05T17:00"), LONDON, DEFAULTS);
        Map<Milestone, ResolvedTime> partial = new EnumMap<>(w.milestones());
        partial.remove(POINT_OF_NO_RETURN);

        assertThatThrownBy(() -> new GoLiveWindow(LONDON, w.requestedDowntimeStart(), partial))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POINT_OF_NO_RETURN");
    }

    @Test
    void an_invalid_policy_is_refused_with_its_violations() {
        GoLivePolicy p = PolicyBuilder.defaults().expectedDowntime(Duration.ZERO).build();

        assertThatThrownBy(() -> WindowCalculator.compute(LocalDateTime.parse("2026-06-05T17:00"), LONDON, p))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("policy.expectedDowntime"));
    }
}
