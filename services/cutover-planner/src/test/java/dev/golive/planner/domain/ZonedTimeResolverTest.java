package dev.golive.planner.domain;

import dev.golive.contracts.cutover.TimeRule;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ForeignDefaultZone.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ZonedTimeResolverTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    // --- well-known examples --------------------------------------------------------------

    @Test
    void an_ordinary_local_time_is_exact() {
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-06-05T17:00"), LONDON);

        assertThat(t.rule()).isEqualTo(TimeRule.EXACT);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-06-05T16:00:00Z"));
        assertThat(t.local()).isEqualTo(t.requested());
    }

    @Test
    void a_time_skipped_by_london_spring_forward_moves_to_the_end_of_the_gap() {
        // 2026-03-29: 01:00 GMT becomes 02:00 BST, so 01:30 never happens.
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-03-29T01:30"), LONDON);

        assertThat(t.rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(t.local()).isEqualTo(LocalDateTime.parse("2026-03-29T02:00"));
        assertThat(t.offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(t.requested()).isEqualTo(LocalDateTime.parse("2026-03-29T01:30"));
    }

    @Test
    void the_gap_rule_differs_from_the_jdk_default_which_shifts_by_the_gap_length() {
        LocalDateTime skipped = LocalDateTime.parse("2026-03-29T01:30");

        assertThat(ZonedDateTime.of(skipped, LONDON).toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(ZonedTimeResolver.resolve(skipped, LONDON).instant()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void a_time_repeated_by_london_fall_back_takes_the_earlier_summer_time_offset() {
        // 2026-10-25: 02:00 BST becomes 01:00 GMT, so 01:30 happens twice.
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-10-25T01:30"), LONDON);

        assertThat(t.rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(t.offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(t.local()).isEqualTo(LocalDateTime.parse("2026-10-25T01:30"));
    }

    @Test
    void a_time_skipped_by_new_york_spring_forward_becomes_three_o_clock_daylight_time() {
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-03-08T02:30"), NEW_YORK);

        assertThat(t.rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
        assertThat(t.local()).isEqualTo(LocalDateTime.parse("2026-03-08T03:00"));
        assertThat(t.offset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void a_time_repeated_by_new_york_fall_back_takes_daylight_time() {
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-11-01T01:30"), NEW_YORK);

        assertThat(t.rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(t.offset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void lord_howe_skips_half_an_hour_in_october() {
        // 2026-10-04: 02:00 +10:30 becomes 02:30 +11:00.
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-10-04T02:15"), LORD_HOWE);

        assertThat(t.rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-10-03T15:30:00Z"));
        assertThat(t.local()).isEqualTo(LocalDateTime.parse("2026-10-04T02:30"));
        assertThat(t.offset()).isEqualTo(ZoneOffset.ofHoursMinutes(11, 0));
    }

    @Test
    void lord_howe_repeats_half_an_hour_in_april_and_the_earlier_plus_eleven_is_used() {
        // 2026-04-05: 02:00 +11:00 becomes 01:30 +10:30.
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-04-05T01:45"), LORD_HOWE);

        assertThat(t.rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-04-04T14:45:00Z"));
        assertThat(t.offset()).isEqualTo(ZoneOffset.ofHours(11));
    }

    @Test
    void lord_howe_one_o_clock_on_the_day_it_falls_back_is_not_repeated() {
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-04-05T01:15"), LORD_HOWE);

        assertThat(t.rule()).isEqualTo(TimeRule.EXACT);
        assertThat(t.offset()).isEqualTo(ZoneOffset.ofHours(11));
    }

    @Test
    void santiago_repeats_the_last_hour_of_saturday() {
        // 2026-04-05 00:00 -03:00 becomes 2026-04-04 23:00 -04:00.
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-04-04T23:30"), SANTIAGO);

        assertThat(t.rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-04-05T02:30:00Z"));
    }

    @Test
    void santiago_skips_the_first_hour_of_sunday() {
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-09-06T00:30"), SANTIAGO);

        assertThat(t.rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-09-06T04:00:00Z"));
        assertThat(t.local()).isEqualTo(LocalDateTime.parse("2026-09-06T01:00"));
    }

    @Test
    void casablanca_repeats_an_hour_when_ramadan_time_starts() {
        // 2026-02-15: 03:00 +01:00 becomes 02:00 +00:00.
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-02-15T02:30"), CASABLANCA);

        assertThat(t.rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-02-15T01:30:00Z"));
    }

    @Test
    void casablanca_skips_an_hour_when_ramadan_time_ends() {
        // 2026-03-22: 02:00 +00:00 becomes 03:00 +01:00.
        ResolvedTime t = ZonedTimeResolver.resolve(LocalDateTime.parse("2026-03-22T02:30"), CASABLANCA);

        assertThat(t.rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(t.instant()).isEqualTo(Instant.parse("2026-03-22T02:00:00Z"));
        assertThat(t.local()).isEqualTo(LocalDateTime.parse("2026-03-22T03:00"));
    }

    @Test
    void kolkata_never_needs_a_rule_and_is_always_five_thirty_ahead() {
        LocalDateTime start = LocalDateTime.parse("2026-01-01T00:00");
        // every half hour of 2026–2028
        IntStream.range(0, 3 * 366 * 48).mapToObj(i -> start.plusMinutes(30L * i)).forEach(local -> {
            ResolvedTime t = ZonedTimeResolver.resolve(local, KOLKATA);
            assertThat(t.rule()).as("%s", local).isEqualTo(TimeRule.EXACT);
            assertThat(t.offset()).as("%s", local).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        });
    }

    @Test
    void of_instant_is_elapsed_time_shown_in_the_zone() {
        ResolvedTime t = ResolvedTime.ofInstant(Instant.parse("2026-03-29T01:00:00Z"), LONDON);

        assertThat(t.rule()).isEqualTo(TimeRule.ELAPSED_FROM_PREVIOUS);
        assertThat(t.local()).isEqualTo(LocalDateTime.parse("2026-03-29T02:00"));
        assertThat(t.requested()).isEqualTo(t.local());
    }

    @Test
    void null_arguments_are_refused() {
        assertThatThrownBy(() -> ZonedTimeResolver.resolve(null, LONDON)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ZonedTimeResolver.resolve(LocalDateTime.parse("2026-01-01T00:00"), null))
                .isInstanceOf(NullPointerException.class);
    }

    // --- every transition of 2026–2028 ----------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void a_time_inside_a_gap_resolves_to_the_transition_instant_and_one_inside_an_overlap_to_the_earlier_offset(
            ZoneId zone, ZoneOffsetTransition transition) {
        LocalDateTime inside = ZoneFixtures.inside(transition);

        ResolvedTime t = ZonedTimeResolver.resolve(inside, zone);

        if (transition.isGap()) {
            assertThat(t.rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
            assertThat(t.instant()).isEqualTo(transition.getInstant());
            assertThat(t.local()).isEqualTo(transition.getDateTimeAfter());
            assertThat(t.offset()).isEqualTo(transition.getOffsetAfter());
        } else {
            assertThat(t.rule()).isEqualTo(TimeRule.OVERLAP_EARLIER_OFFSET);
            assertThat(t.instant()).isEqualTo(inside.toInstant(transition.getOffsetBefore()))
                    .isBefore(inside.toInstant(transition.getOffsetAfter()));
            assertThat(t.local()).isEqualTo(inside);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void the_resolved_instant_is_the_first_at_which_the_wall_clock_reaches_the_requested_time(
            ZoneId zone, ZoneOffsetTransition transition) {
        // Both rules are this one property: a gap moves to its end, an overlap takes its first pass.
        LocalDateTime requested = ZoneFixtures.inside(transition);

        Instant resolved = ZonedTimeResolver.resolve(requested, zone).instant();

        // Independent of getTransition: one nanosecond earlier the wall clock still showed an earlier time.
        assertThat(ZonedDateTime.ofInstant(resolved, zone).toLocalDateTime()).isAfterOrEqualTo(requested);
        assertThat(ZonedDateTime.ofInstant(resolved.minusNanos(1), zone).toLocalDateTime()).isBefore(requested);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void the_first_skipped_or_repeated_minute_needs_a_rule_and_the_first_minute_after_it_does_not(
            ZoneId zone, ZoneOffsetTransition transition) {
        LocalDateTime firstAffected = transition.isGap() ? transition.getDateTimeBefore() : transition.getDateTimeAfter();
        LocalDateTime firstUnaffected = transition.isGap() ? transition.getDateTimeAfter() : transition.getDateTimeBefore();
        TimeRule rule = transition.isGap() ? TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT : TimeRule.OVERLAP_EARLIER_OFFSET;

        assertThat(ZonedTimeResolver.resolve(firstAffected, zone).rule()).isEqualTo(rule);
        assertThat(ZonedTimeResolver.resolve(firstAffected.minusMinutes(1), zone).rule()).isEqualTo(TimeRule.EXACT);
        ResolvedTime after = ZonedTimeResolver.resolve(firstUnaffected, zone);
        assertThat(after.rule()).isEqualTo(TimeRule.EXACT);
        assertThat(after.offset()).isEqualTo(transition.getOffsetAfter());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.golive.planner.domain.ZoneFixtures#zoneTransitions")
    void a_resolved_local_time_is_always_valid_in_its_zone(ZoneId zone, ZoneOffsetTransition transition) {
        ResolvedTime t = ZonedTimeResolver.resolve(ZoneFixtures.inside(transition), zone);

        assertThat(zone.getRules().isValidOffset(t.local(), t.offset())).isTrue();
        assertThat(t.instant()).isEqualTo(ZoneFixtures.expectedInstant(t.requested(), zone));
    }
}
