package dev.golive.planner.domain;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.GoLivePolicy;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static dev.golive.planner.domain.SkipReason.Kind.BEFORE_MINIMUM_LEAD_TIME;
import static dev.golive.planner.domain.SkipReason.Kind.BLACKOUT;
import static dev.golive.planner.domain.SkipReason.Kind.IN_THE_PAST;
import static dev.golive.planner.domain.SkipReason.Kind.TEAM_CONFLICT;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ForeignDefaultZone.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WindowEligibilityTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final GoLivePolicy P = GoLivePolicy.defaults();
    /** Friday 2026-06-05 17:00 BST (16:00Z) to Monday 2026-06-08 08:00 BST (07:00Z). */
    private static final GoLiveWindow W = WindowCalculator.compute(LocalDateTime.parse("2026-06-05T17:00"), LONDON, P);
    private static final Instant START = Instant.parse("2026-06-05T16:00:00Z");
    private static final Instant RESUME = Instant.parse("2026-06-08T07:00:00Z");
    private static final Instant MONTH_BEFORE = Instant.parse("2026-05-05T09:00:00Z");

    private static List<SkipReason> check(GoLiveWindow w, Instant now, GoLivePolicy p, List<Blackout> blackouts, List<BusyWeekend> busy) {
        return WindowEligibility.check(w, now, p, blackouts, busy);
    }

    private static List<SkipReason> check(Instant now) {
        return check(W, now, P, List.of(), List.of());
    }

    private static List<SkipReason> check(List<Blackout> blackouts, List<BusyWeekend> busy) {
        return check(W, MONTH_BEFORE, P, blackouts, busy);
    }

    @Test
    void the_fixture_window_is_what_the_comments_say() {
        assertThat(W.weekend()).isEqualTo(new Interval(START, RESUME));
    }

    @Test
    void a_window_a_month_ahead_with_nothing_in_the_way_is_eligible() {
        assertThat(check(MONTH_BEFORE)).isEmpty();
    }

    @Test
    void a_window_starting_now_is_in_the_past() {
        assertThat(check(START)).extracting(SkipReason::kind).containsExactly(IN_THE_PAST);
    }

    @Test
    void a_window_already_started_is_in_the_past_and_not_reported_as_too_soon_as_well() {
        assertThat(check(START.plusSeconds(3600))).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(IN_THE_PAST);
            assertThat(r.detail()).contains("2026-06-05T17:00", "Europe/London");
        });
    }

    @Test
    void a_window_starting_a_nanosecond_from_now_is_not_in_the_past() {
        GoLivePolicy noLead = PolicyBuilder.defaults().minimumLeadTime(Duration.ZERO).build();

        assertThat(check(W, START.minusNanos(1), noLead, List.of(), List.of())).isEmpty();
    }

    @Test
    void a_window_starting_sooner_than_the_minimum_lead_time_is_too_soon() {
        assertThat(check(START.minus(Duration.ofDays(14)).plusSeconds(1))).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BEFORE_MINIMUM_LEAD_TIME);
            assertThat(r.detail()).contains("PT336H");
        });
    }

    @Test
    void a_window_starting_exactly_the_minimum_lead_time_from_now_is_eligible() {
        assertThat(check(START.minus(Duration.ofDays(14)))).isEmpty();
    }

    @Test
    void a_blackout_on_the_monday_of_business_resume_makes_the_window_ineligible() {
        Blackout quarterEnd = new Blackout(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 30), "quarter-end close");

        assertThat(check(List.of(quarterEnd), List.of())).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BLACKOUT);
            assertThat(r.detail()).contains("quarter-end close", "2026-06-08", "2026-06-30");
        });
    }

    @Test
    void a_blackout_ending_on_the_friday_of_downtime_makes_the_window_ineligible() {
        Blackout b = new Blackout(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5), "audit");

        assertThat(check(List.of(b), List.of())).extracting(SkipReason::kind).containsExactly(BLACKOUT);
    }

    @Test
    void blackouts_ending_the_day_before_or_starting_the_day_after_the_weekend_leave_it_eligible() {
        Blackout before = new Blackout(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 4), "audit");
        Blackout after = new Blackout(LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 12), "trade fair");

        assertThat(check(List.of(before, after), List.of())).isEmpty();
    }

    @Test
    void blackout_days_are_local_dates_in_the_window_zone_not_utc_dates() {
        // Auckland: Monday 08:00 is still Sunday in UTC; a Monday blackout must still catch it.
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        GoLiveWindow w = WindowCalculator.compute(LocalDateTime.parse("2026-06-05T17:00"), auckland, P);
        Blackout monday = new Blackout(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 8), "public holiday");

        assertThat(w.businessResume().instant()).isEqualTo(Instant.parse("2026-06-07T20:00:00Z"));
        assertThat(check(w, MONTH_BEFORE, P, List.of(monday), List.of())).extracting(SkipReason::kind).containsExactly(BLACKOUT);
    }

    @Test
    void another_cutover_of_the_team_overlapping_the_weekend_is_a_team_conflict() {
        BusyWeekend other = new BusyWeekend("c-42", "Acme Odoo 17", RESUME.minusSeconds(3600), RESUME.plus(Duration.ofDays(2)));

        assertThat(check(List.of(), List.of(other))).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(TEAM_CONFLICT);
            assertThat(r.detail()).contains("Acme Odoo 17", "c-42");
        });
    }

    @Test
    void another_cutover_ending_when_the_downtime_starts_or_starting_when_business_resumes_is_no_conflict() {
        BusyWeekend endsAtStart = new BusyWeekend("c-1", "before", START.minus(Duration.ofDays(3)), START);
        BusyWeekend startsAtResume = new BusyWeekend("c-2", "after", RESUME, RESUME.plus(Duration.ofDays(3)));

        assertThat(check(List.of(), List.of(endsAtStart, startsAtResume))).isEmpty();
    }

    @Test
    void every_reason_is_returned_not_just_the_first() {
        Blackout b1 = new Blackout(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 5), "audit");
        Blackout b2 = new Blackout(LocalDate.of(2026, 6, 7), LocalDate.of(2026, 6, 7), "festival");
        BusyWeekend c1 = new BusyWeekend("c-1", "first", START.minusSeconds(60), START.plusSeconds(60));
        BusyWeekend c2 = new BusyWeekend("c-2", "second", RESUME.minusSeconds(60), RESUME.plusSeconds(60));

        List<SkipReason> reasons = check(W, START.minus(Duration.ofDays(2)), P, List.of(b1, b2), List.of(c1, c2));

        assertThat(reasons).extracting(SkipReason::kind)
                .containsExactly(BEFORE_MINIMUM_LEAD_TIME, BLACKOUT, BLACKOUT, TEAM_CONFLICT, TEAM_CONFLICT);
    }

    @Test
    void a_window_in_the_past_during_a_blackout_and_a_team_conflict_gets_all_three_reasons() {
        Blackout b = new Blackout(LocalDate.of(2026, 6, 6), LocalDate.of(2026, 6, 6), "audit");
        BusyWeekend c = new BusyWeekend("c-1", "other", START, RESUME);

        assertThat(check(W, RESUME, P, List.of(b), List.of(c))).extracting(SkipReason::kind)
                .containsExactly(IN_THE_PAST, BLACKOUT, TEAM_CONFLICT);
    }
}
