package dev.golive.planner.domain;

import dev.golive.problems.field.FieldViolation;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.TimeRule;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static dev.golive.planner.domain.SkipReason.Kind.BEFORE_MINIMUM_LEAD_TIME;
import static dev.golive.planner.domain.SkipReason.Kind.BLACKOUT;
import static dev.golive.planner.domain.SkipReason.Kind.IN_THE_PAST;
import static dev.golive.planner.domain.SkipReason.Kind.TEAM_CONFLICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ForeignDefaultZone.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WindowProposerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final GoLivePolicy P = GoLivePolicy.defaults();
    private static final GoLivePolicy NO_LEAD = PolicyBuilder.defaults().minimumLeadTime(Duration.ZERO).build();
    /** Monday 2026-01-05, 09:00 in London. */
    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    private static LocalDateTime friday(String date) {
        return LocalDate.parse(date).atTime(17, 0);
    }

    @Test
    void it_returns_the_requested_number_of_windows_one_week_apart_after_the_lead_time() {
        Proposals p = WindowProposer.propose(LONDON, P, List.of(), List.of(), MONDAY, 3);

        assertThat(p.windows()).extracting(GoLiveWindow::requestedDowntimeStart)
                .containsExactly(friday("2026-01-23"), friday("2026-01-30"), friday("2026-02-06"));
    }

    @Test
    void fridays_inside_the_lead_time_are_skipped_with_that_reason() {
        Proposals p = WindowProposer.propose(LONDON, P, List.of(), List.of(), MONDAY, 3);

        assertThat(p.skipped()).extracting(SkippedCandidate::downtimeStart)
                .containsExactly(friday("2026-01-09"), friday("2026-01-16"));
        assertThat(p.skipped()).allSatisfy(s -> assertThat(s.reasons()).extracting(SkipReason::kind)
                .containsExactly(BEFORE_MINIMUM_LEAD_TIME));
    }

    @Test
    void blacked_out_and_team_busy_fridays_are_skipped_with_their_reasons() {
        Blackout closing = new Blackout(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 2), "month-end close");
        BusyWeekend other = new BusyWeekend("c-7", "Globex 16 to 19",
                Instant.parse("2026-02-06T17:00:00Z"), Instant.parse("2026-02-09T08:00:00Z"));

        Proposals p = WindowProposer.propose(LONDON, P, List.of(closing), List.of(other), MONDAY, 3);

        assertThat(p.windows()).extracting(GoLiveWindow::requestedDowntimeStart)
                .containsExactly(friday("2026-01-23"), friday("2026-02-13"), friday("2026-02-20"));
        assertThat(p.skipped()).extracting(SkippedCandidate::downtimeStart).containsExactly(
                friday("2026-01-09"), friday("2026-01-16"), friday("2026-01-30"), friday("2026-02-06"));
        assertThat(p.skipped().get(2).reasons()).extracting(SkipReason::kind).containsExactly(BLACKOUT);
        assertThat(p.skipped().get(3).reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(TEAM_CONFLICT);
            assertThat(r.detail()).contains("Globex 16 to 19");
        });
    }

    @Test
    void todays_friday_is_the_first_candidate_when_it_is_still_ahead() {
        Proposals p = WindowProposer.propose(LONDON, NO_LEAD, List.of(), List.of(), Instant.parse("2026-01-09T09:00:00Z"), 1);

        assertThat(p.windows()).extracting(GoLiveWindow::requestedDowntimeStart).containsExactly(friday("2026-01-09"));
        assertThat(p.skipped()).isEmpty();
    }

    @Test
    void todays_friday_is_skipped_as_in_the_past_once_downtime_would_have_started() {
        Proposals p = WindowProposer.propose(LONDON, NO_LEAD, List.of(), List.of(), Instant.parse("2026-01-09T18:00:00Z"), 1);

        assertThat(p.skipped()).singleElement().satisfies(s -> {
            assertThat(s.downtimeStart()).isEqualTo(friday("2026-01-09"));
            assertThat(s.reasons()).extracting(SkipReason::kind).containsExactly(IN_THE_PAST);
        });
        assertThat(p.windows()).extracting(GoLiveWindow::requestedDowntimeStart).containsExactly(friday("2026-01-16"));
    }

    @Test
    void the_first_candidate_follows_the_date_of_now_in_the_cutover_zone() {
        // 2026-01-09T12:00Z is Friday 07:00 in New York but already Saturday 02:00 on Kiritimati.
        Instant now = Instant.parse("2026-01-09T12:00:00Z");

        Proposals newYork = WindowProposer.propose(ZoneId.of("America/New_York"), NO_LEAD, List.of(), List.of(), now, 1);
        Proposals kiritimati = WindowProposer.propose(ZoneId.of("Pacific/Kiritimati"), NO_LEAD, List.of(), List.of(), now, 1);

        assertThat(newYork.windows().get(0).requestedDowntimeStart()).isEqualTo(friday("2026-01-09"));
        assertThat(kiritimati.windows().get(0).requestedDowntimeStart()).isEqualTo(friday("2026-01-16"));
        assertThat(kiritimati.skipped()).isEmpty();
    }

    @Test
    void the_search_stops_after_156_candidates() {
        Blackout forever = new Blackout(LocalDate.of(2026, 1, 1), LocalDate.of(2035, 12, 31), "moratorium");

        Proposals p = WindowProposer.propose(LONDON, P, List.of(forever), List.of(), MONDAY, 3);

        assertThat(p.windows()).isEmpty();
        assertThat(p.skipped()).hasSize(WindowProposer.MAX_CANDIDATES).hasSize(156);
        assertThat(p.skipped().get(155).downtimeStart()).isEqualTo(friday("2026-01-09").plusWeeks(155));
    }

    @Test
    void a_candidate_whose_downtime_falls_in_a_gap_is_still_proposed_with_the_rule_shown() {
        GoLivePolicy sundayNight = PolicyBuilder.defaults()
                .minimumLeadTime(Duration.ZERO)
                .downtime(DayOfWeek.SUNDAY, LocalTime.of(1, 30))
                .build();

        Proposals p = WindowProposer.propose(LONDON, sundayNight, List.of(), List.of(), Instant.parse("2026-03-23T00:00:00Z"), 1);

        GoLiveWindow w = p.windows().get(0);
        assertThat(w.requestedDowntimeStart()).isEqualTo(LocalDateTime.parse("2026-03-29T01:30"));
        assertThat(w.downtimeStart().rule()).isEqualTo(TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        assertThat(w.adjustedForDst()).isTrue();
        assertThat(p.skipped()).isEmpty();
    }

    @Test
    void asking_for_no_windows_looks_at_no_candidates() {
        Proposals p = WindowProposer.propose(LONDON, P, List.of(), List.of(), MONDAY, 0);

        assertThat(p.windows()).isEmpty();
        assertThat(p.skipped()).isEmpty();
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> WindowProposer.propose(LONDON, P, List.of(), List.of(), MONDAY, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_invalid_policy_is_refused_naming_its_fields() {
        GoLivePolicy p = PolicyBuilder.defaults().restoreDuration(Duration.ZERO).build();

        assertThatThrownBy(() -> WindowProposer.propose(LONDON, p, List.of(), List.of(), MONDAY, 3))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("policy.restoreDuration"));
    }
}
