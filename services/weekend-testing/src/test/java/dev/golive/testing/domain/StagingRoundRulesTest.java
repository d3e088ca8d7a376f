package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StagingRoundRulesTest {

    private static final Instant DOWNTIME = Instant.parse("2026-11-27T18:00:00Z");
    private static final Instant FROM = Instant.parse("2026-11-16T00:00:00Z");

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }

    @Test
    void a_round_of_some_days_before_the_downtime_is_valid() {
        assertThat(StagingRoundRules.checkRound(FROM, FROM.plus(Duration.ofDays(5)), DOWNTIME)).isEmpty();
        assertThat(StagingRoundRules.checkRound(FROM, DOWNTIME, DOWNTIME)).isEmpty();
        assertThat(StagingRoundRules.checkRound(FROM, FROM.plus(Duration.ofDays(42)), null)).isEmpty();
    }

    @Test
    void a_round_needs_both_ends_in_order_at_most_six_weeks_apart_and_before_the_downtime() {
        assertThat(fields(StagingRoundRules.checkRound(null, null, DOWNTIME))).containsExactly("from", "to");
        assertThat(fields(StagingRoundRules.checkRound(FROM, FROM, DOWNTIME))).containsExactly("to");
        assertThat(fields(StagingRoundRules.checkRound(FROM, FROM.plus(Duration.ofDays(42)).plusSeconds(1), null)))
                .containsExactly("to");
        assertThat(StagingRoundRules.checkRound(FROM, DOWNTIME.plusSeconds(1), DOWNTIME)).singleElement()
                .extracting(FieldViolation::message).asString().contains("downtime start");
    }

    @Test
    void staging_availability_is_optional_and_checked_like_availability_and_ends_before_the_downtime() {
        assertThat(StagingRoundRules.checkAvailability(null, DOWNTIME)).isEmpty();
        assertThat(StagingRoundRules.checkAvailability(List.of(), DOWNTIME)).isEmpty();
        Slot monday = new Slot(FROM.plus(Duration.ofHours(9)), FROM.plus(Duration.ofHours(17)));
        assertThat(StagingRoundRules.checkAvailability(List.of(monday), DOWNTIME)).isEmpty();

        Slot backwards = new Slot(monday.end(), monday.start());
        Slot overlapping = new Slot(monday.start().plus(Duration.ofHours(1)), monday.end().plus(Duration.ofHours(1)));
        Slot late = new Slot(DOWNTIME.minus(Duration.ofHours(1)), DOWNTIME.plus(Duration.ofHours(1)));
        assertThat(fields(StagingRoundRules.checkAvailability(Arrays.asList(monday, backwards, overlapping, late), DOWNTIME)))
                .containsExactlyInAnyOrder("stagingAvailability[1].end", "stagingAvailability[2]",
                        "stagingAvailability[3].end");
        // Before the window is known, only the slots themselves are checked.
        assertThat(StagingRoundRules.checkAvailability(List.of(late), null)).isEmpty();
    }
}
