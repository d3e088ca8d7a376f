package dev.golive.planner.domain;

import dev.golive.contracts.cutover.GoLivePolicy;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static dev.golive.planner.domain.SkipReason.Kind.FREEZE_PERIOD;
import static dev.golive.planner.domain.SkipReason.Kind.HOLIDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Public holidays and freeze periods close weekends by name (ADR 0022). */
@ExtendWith(ForeignDefaultZone.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HolidayAndFreezeEligibilityTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final GoLivePolicy P = GoLivePolicy.defaults();
    private static final Instant EARLY = Instant.parse("2026-09-01T09:00:00Z");

    private static GoLiveWindow friday(String date) {
        return WindowCalculator.compute(LocalDate.parse(date).atTime(17, 0), BRUSSELS, P);
    }

    private static List<SkipReason> check(GoLiveWindow w, ClosedDays closed) {
        return WindowEligibility.check(w, EARLY, P, List.of(), List.of(), closed);
    }

    private static ClosedDays holidays(PublicHoliday... days) {
        return new ClosedDays(List.of(days), List.of());
    }

    @Test
    void christmas_on_the_downtime_friday_closes_the_weekend_by_name() {
        List<SkipReason> reasons = check(friday("2026-12-25"), holidays(
                new PublicHoliday(LocalDate.parse("2026-12-25"), "Christmas")));

        assertThat(reasons).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(HOLIDAY);
            assertThat(r.detail()).contains("\"Christmas\"").contains("2026-12-25");
        });
    }

    @Test
    void a_holiday_on_the_go_no_go_day_closes_the_weekend_and_says_so() {
        // Go/no-go is a day before the downtime: Thursday 2027-05-06 17:00, Ascension Day in Belgium.
        GoLiveWindow w = friday("2027-05-07");
        assertThat(w.get(dev.golive.contracts.cutover.Milestone.GO_NO_GO).local().toLocalDate())
                .isEqualTo(LocalDate.parse("2027-05-06"));

        List<SkipReason> reasons = check(w, holidays(new PublicHoliday(LocalDate.parse("2027-05-06"), "Ascension Day")));

        assertThat(reasons).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(HOLIDAY);
            assertThat(r.detail()).contains("\"Ascension Day\"").contains("go/no-go day");
        });
    }

    @Test
    void holidays_before_the_go_no_go_day_or_after_business_resume_leave_the_weekend_open() {
        GoLiveWindow w = friday("2027-05-07"); // go/no-go Thu 6 May, business resume Mon 10 May 08:00
        List<SkipReason> reasons = check(w, holidays(
                new PublicHoliday(LocalDate.parse("2027-05-05"), "Wednesday before"),
                new PublicHoliday(LocalDate.parse("2027-05-11"), "Tuesday after")));

        assertThat(reasons).isEmpty();
    }

    @Test
    void on_the_weekend_clocks_go_back_the_business_resume_monday_is_still_a_day_of_the_weekend() {
        // Summer time ends in Brussels on Sunday 2026-10-25 03:00 -> 02:00; resume is Monday 26 at 08:00 CET.
        GoLiveWindow w = friday("2026-10-23");
        assertThat(w.businessResume().local()).isEqualTo(LocalDateTime.parse("2026-10-26T08:00"));
        assertThat(w.businessResume().instant()).isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));

        List<SkipReason> onMonday = check(w, new ClosedDays(
                List.of(new PublicHoliday(LocalDate.parse("2026-10-26"), "National Day")),
                List.of(new FreezePeriod("Trade fair", LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25")))));
        assertThat(onMonday).extracting(SkipReason::kind).containsExactlyInAnyOrder(HOLIDAY, FREEZE_PERIOD);
        assertThat(onMonday).extracting(SkipReason::detail)
                .anySatisfy(d -> assertThat(d).contains("\"National Day\""))
                .anySatisfy(d -> assertThat(d).contains("\"Trade fair\"").contains("covers 2026-10-25"));

        assertThat(check(w, holidays(new PublicHoliday(LocalDate.parse("2026-10-27"), "Tuesday after")))).isEmpty();
    }

    @Test
    void on_the_weekend_clocks_go_forward_a_holiday_on_the_sunday_closes_it() {
        // Summer time starts in Brussels on Sunday 2027-03-28 02:00 -> 03:00.
        GoLiveWindow w = friday("2027-03-26");
        List<SkipReason> reasons = check(w, holidays(new PublicHoliday(LocalDate.parse("2027-03-28"), "Easter Sunday")));

        assertThat(reasons).extracting(SkipReason::kind).containsExactly(HOLIDAY);
    }

    @Test
    void a_freeze_period_closes_every_weekend_it_overlaps_by_name() {
        ClosedDays yearEnd = new ClosedDays(List.of(), List.of(
                new FreezePeriod("Year-end closing", LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-08"))));

        assertThat(check(friday("2027-01-01"), yearEnd)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(FREEZE_PERIOD);
            assertThat(r.detail()).contains("\"Year-end closing\"").contains("2026-12-28").contains("2027-01-08");
        });
        // Friday 8 January is its last day: the downtime day is frozen.
        assertThat(check(friday("2027-01-08"), yearEnd)).extracting(SkipReason::kind).containsExactly(FREEZE_PERIOD);
        assertThat(check(friday("2027-01-15"), yearEnd)).isEmpty();
        // The weekend before: resume on Monday 28 December, the freeze's first day.
        assertThat(check(friday("2026-12-25"), yearEnd)).extracting(SkipReason::kind).containsExactly(FREEZE_PERIOD);
    }

    @Test
    void proposals_skip_holiday_and_freeze_weekends_and_say_why() {
        ClosedDays closed = new ClosedDays(
                List.of(new PublicHoliday(LocalDate.parse("2026-12-25"), "Christmas"),
                        new PublicHoliday(LocalDate.parse("2027-01-01"), "New Year's Day")),
                List.of(new FreezePeriod("Inventory", LocalDate.parse("2027-01-09"), LocalDate.parse("2027-01-10"))));

        Proposals proposals = WindowProposer.propose(BRUSSELS, P, List.of(), List.of(), closed,
                Instant.parse("2026-12-07T08:00:00Z"), 1);

        // 18 December is inside the 14-day lead time; 25 December and 1 January are holidays; 8 January frozen.
        assertThat(proposals.windows()).singleElement().satisfies(w ->
                assertThat(w.requestedDowntimeStart()).isEqualTo(LocalDateTime.parse("2027-01-15T17:00")));
        assertThat(proposals.skipped()).extracting(s -> s.downtimeStart().toLocalDate().toString())
                .containsExactly("2026-12-11", "2026-12-18", "2026-12-25", "2027-01-01", "2027-01-08");
        assertThat(proposals.skipped().get(2).reasons()).extracting(SkipReason::detail)
                .singleElement().asString().contains("\"Christmas\"");
        assertThat(proposals.skipped().get(4).reasons()).extracting(SkipReason::kind).containsExactly(FREEZE_PERIOD);
    }

    @Test
    void without_closed_days_the_old_rules_are_unchanged() {
        assertThat(check(friday("2026-12-25"), ClosedDays.NONE)).isEmpty();
    }
}
