package dev.golive.testing.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.golive.testing.domain.ShiftRole.PRIMARY;
import static dev.golive.testing.domain.ShiftRole.SECONDARY;
import static dev.golive.testing.domain.Weekend.BUSINESS_RESUME;
import static dev.golive.testing.domain.Weekend.DOWNTIME_START;
import static dev.golive.testing.domain.Weekend.sat;
import static dev.golive.testing.domain.Weekend.sun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RosterCheckTest {

    private static Shift shift(String id, String person, ShiftRole role, Instant start, Instant end) {
        return new Shift(id, person, role, start, end);
    }

    private static RosterCheck check(Shift... shifts) {
        return RosterCheck.check(List.of(shifts), DOWNTIME_START, BUSINESS_RESUME);
    }

    /** Both roles covered from downtime start to business resume in two hand-overs each, by four people. */
    private static List<Shift> fullCover() {
        return List.of(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START, sat("12:00")),
                shift("p2", "dev-b", PRIMARY, sat("12:00"), BUSINESS_RESUME),
                shift("s1", "dev-c", SECONDARY, DOWNTIME_START, sun("00:00")),
                shift("s2", "dev-d", SECONDARY, sun("00:00"), BUSINESS_RESUME));
    }

    @Test
    void a_roster_covering_both_roles_with_hand_overs_is_sound() {
        RosterCheck result = RosterCheck.check(fullCover(), DOWNTIME_START, BUSINESS_RESUME);

        assertThat(result.gaps()).isEmpty();
        assertThat(result.overlaps()).isEmpty();
        assertThat(result.sound()).isTrue();
    }

    @Test
    void an_empty_roster_is_one_gap_per_role_over_the_whole_weekend() {
        assertThat(check().gaps()).containsExactly(
                new RosterCheck.Gap(PRIMARY, DOWNTIME_START, BUSINESS_RESUME),
                new RosterCheck.Gap(SECONDARY, DOWNTIME_START, BUSINESS_RESUME));
    }

    @Test
    void a_gap_at_the_start_is_reported() {
        RosterCheck result = check(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START.plus(Duration.ofHours(1)), BUSINESS_RESUME),
                shift("s1", "dev-c", SECONDARY, DOWNTIME_START, BUSINESS_RESUME));

        assertThat(result.gaps()).containsExactly(
                new RosterCheck.Gap(PRIMARY, DOWNTIME_START, DOWNTIME_START.plus(Duration.ofHours(1))));
        assertThat(result.gaps().get(0).duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_gap_in_the_middle_is_reported() {
        RosterCheck result = check(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START, BUSINESS_RESUME),
                shift("s1", "dev-c", SECONDARY, DOWNTIME_START, sat("20:00")),
                shift("s2", "dev-d", SECONDARY, sun("06:00"), BUSINESS_RESUME));

        assertThat(result.gaps()).containsExactly(new RosterCheck.Gap(SECONDARY, sat("20:00"), sun("06:00")));
        assertThat(result.gaps(PRIMARY)).isEmpty();
    }

    @Test
    void a_gap_at_the_end_is_reported() {
        RosterCheck result = check(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START, sun("22:00")),
                shift("s1", "dev-c", SECONDARY, DOWNTIME_START, BUSINESS_RESUME));

        assertThat(result.gaps()).containsExactly(new RosterCheck.Gap(PRIMARY, sun("22:00"), BUSINESS_RESUME));
    }

    @Test
    void a_secondary_does_not_fill_a_gap_of_the_primary() {
        RosterCheck result = check(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START, sat("08:00")),
                shift("p2", "dev-b", PRIMARY, sat("10:00"), BUSINESS_RESUME),
                shift("s1", "dev-c", SECONDARY, DOWNTIME_START, BUSINESS_RESUME));

        assertThat(result.gaps()).containsExactly(new RosterCheck.Gap(PRIMARY, sat("08:00"), sat("10:00")));
    }

    @Test
    void shifts_overlapping_each_other_for_one_role_leave_no_gap_and_are_no_overlap_between_two_people() {
        RosterCheck result = check(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START, sat("14:00")),
                shift("p2", "dev-b", PRIMARY, sat("06:00"), sat("10:00")),
                shift("p3", "dev-e", PRIMARY, sat("12:00"), BUSINESS_RESUME),
                shift("s1", "dev-c", SECONDARY, DOWNTIME_START, BUSINESS_RESUME));

        assertThat(result.sound()).isTrue();
    }

    @Test
    void shifts_reaching_outside_the_window_only_count_inside_it() {
        RosterCheck result = check(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START.minus(Duration.ofDays(1)), sat("12:00")),
                shift("p2", "dev-b", PRIMARY, sat("12:00"), BUSINESS_RESUME.plus(Duration.ofDays(1))),
                shift("s0", "dev-c", SECONDARY, DOWNTIME_START.minus(Duration.ofDays(2)), DOWNTIME_START.minus(Duration.ofDays(1))),
                shift("s1", "dev-c", SECONDARY, sat("00:00"), BUSINESS_RESUME),
                shift("s9", "dev-d", SECONDARY, BUSINESS_RESUME, BUSINESS_RESUME.plus(Duration.ofHours(8))));

        assertThat(result.gaps()).containsExactly(new RosterCheck.Gap(SECONDARY, DOWNTIME_START, sat("00:00")));
    }

    @Test
    void one_person_on_two_overlapping_shifts_is_reported_whatever_the_roles() {
        RosterCheck result = RosterCheck.check(List.of(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START, sat("12:00")),
                shift("p2", "dev-b", PRIMARY, sat("12:00"), BUSINESS_RESUME),
                shift("s1", "dev-a", SECONDARY, sat("10:00"), BUSINESS_RESUME)), DOWNTIME_START, BUSINESS_RESUME);

        assertThat(result.overlaps()).containsExactly(
                new RosterCheck.Overlap("dev-a", "p1", "s1", sat("10:00"), sat("12:00")));
        assertThat(result.sound()).isFalse();
    }

    @Test
    void one_person_on_two_adjacent_shifts_is_no_overlap() {
        RosterCheck result = check(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START, sat("12:00")),
                shift("p2", "dev-a", PRIMARY, sat("12:00"), BUSINESS_RESUME),
                shift("s1", "dev-c", SECONDARY, DOWNTIME_START, BUSINESS_RESUME));

        assertThat(result.overlaps()).isEmpty();
        assertThat(result.sound()).isTrue();
    }

    @Test
    void a_shift_inside_another_of_the_same_person_overlaps_it_for_its_whole_length() {
        RosterCheck result = check(
                shift("p1", "dev-a", PRIMARY, DOWNTIME_START, BUSINESS_RESUME),
                shift("s1", "dev-a", SECONDARY, sat("09:00"), sat("11:00")),
                shift("s2", "dev-a", SECONDARY, sat("10:00"), sat("18:00")));

        assertThat(result.overlaps()).containsExactly(
                new RosterCheck.Overlap("dev-a", "p1", "s1", sat("09:00"), sat("11:00")),
                new RosterCheck.Overlap("dev-a", "p1", "s2", sat("10:00"), sat("18:00")),
                new RosterCheck.Overlap("dev-a", "s1", "s2", sat("10:00"), sat("11:00")));
    }

    @Test
    void the_window_must_be_forward_and_the_shifts_valid() {
        assertThatThrownBy(() -> RosterCheck.check(List.of(), BUSINESS_RESUME, DOWNTIME_START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RosterCheck.check(List.of(shift("p1", "dev-a", PRIMARY, sat("12:00"), sat("11:00"))),
                DOWNTIME_START, BUSINESS_RESUME)).isInstanceOf(IllegalArgumentException.class);
    }
}
