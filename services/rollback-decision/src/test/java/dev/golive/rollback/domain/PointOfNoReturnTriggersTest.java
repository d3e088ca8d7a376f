package dev.golive.rollback.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.golive.rollback.domain.Incidents.PNR;
import static dev.golive.rollback.domain.PlannedTrigger.Kind.APPROACHING;
import static dev.golive.rollback.domain.PlannedTrigger.Kind.PASSED;
import static dev.golive.rollback.domain.PointOfNoReturnTriggers.DEFAULT_WARNINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PointOfNoReturnTriggersTest {

    private static final Duration H4 = Duration.ofHours(4);
    private static final Duration H1 = Duration.ofHours(1);
    private static final Instant FRIDAY_NIGHT = Instant.parse("2026-06-05T22:00:00Z");
    private static final PlannedTrigger FOUR_HOURS = new PlannedTrigger(APPROACHING, Instant.parse("2026-06-07T10:00:00Z"), H4);
    private static final PlannedTrigger ONE_HOUR = new PlannedTrigger(APPROACHING, Instant.parse("2026-06-07T13:00:00Z"), H1);
    private static final PlannedTrigger AT_PNR = new PlannedTrigger(PASSED, PNR, Duration.ZERO);

    @Test
    void planned_well_before_the_default_warnings_come_at_four_hours_and_one_hour_then_the_point_itself() {
        assertThat(PointOfNoReturnTriggers.plan(PNR, DEFAULT_WARNINGS, FRIDAY_NIGHT))
                .containsExactly(FOUR_HOURS, ONE_HOUR, AT_PNR);
    }

    @Test
    void the_default_warnings_are_four_hours_and_one_hour() {
        assertThat(DEFAULT_WARNINGS).containsExactly(H4, H1);
    }

    @Test
    void warnings_given_in_any_order_are_planned_in_time_order_and_once() {
        assertThat(PointOfNoReturnTriggers.plan(PNR, List.of(H1, H4, H1), FRIDAY_NIGHT))
                .containsExactly(FOUR_HOURS, ONE_HOUR, AT_PNR);
    }

    @Test
    void a_warning_already_past_is_skipped() {
        assertThat(PointOfNoReturnTriggers.plan(PNR, DEFAULT_WARNINGS, PNR.minus(Duration.ofHours(2))))
                .containsExactly(ONE_HOUR, AT_PNR);
    }

    @Test
    void a_warning_due_exactly_now_is_kept() {
        assertThat(PointOfNoReturnTriggers.plan(PNR, DEFAULT_WARNINGS, FOUR_HOURS.at()))
                .containsExactly(FOUR_HOURS, ONE_HOUR, AT_PNR);
    }

    @Test
    void within_the_last_hour_only_the_point_itself_is_left() {
        assertThat(PointOfNoReturnTriggers.plan(PNR, DEFAULT_WARNINGS, PNR.minusSeconds(1))).containsExactly(AT_PNR);
    }

    @Test
    void planned_exactly_at_the_point_of_no_return_it_passes_at_that_moment() {
        assertThat(PointOfNoReturnTriggers.plan(PNR, DEFAULT_WARNINGS, PNR)).containsExactly(AT_PNR);
    }

    @Test
    void planned_after_the_point_of_no_return_it_passes_once_now_and_says_how_late() {
        Instant late = PNR.plus(Duration.ofMinutes(20));

        assertThat(PointOfNoReturnTriggers.plan(PNR, DEFAULT_WARNINGS, late))
                .containsExactly(new PlannedTrigger(PASSED, late, Duration.ofMinutes(-20)));
    }

    @Test
    void without_warnings_only_the_point_itself_is_planned() {
        assertThat(PointOfNoReturnTriggers.plan(PNR, List.of(), FRIDAY_NIGHT)).containsExactly(AT_PNR);
    }

    @Test
    void a_warning_must_come_before_the_point_of_no_return() {
        assertThatThrownBy(() -> PointOfNoReturnTriggers.plan(PNR, List.of(H4, Duration.ZERO), FRIDAY_NIGHT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointOfNoReturnTriggers.plan(PNR, List.of(Duration.ofMinutes(-5)), FRIDAY_NIGHT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
