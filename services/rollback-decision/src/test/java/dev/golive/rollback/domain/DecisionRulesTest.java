package dev.golive.rollback.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static dev.golive.rollback.domain.DecisionKind.PROCEED;
import static dev.golive.rollback.domain.DecisionKind.ROLL_BACK;
import static dev.golive.rollback.domain.Incidents.PNR;
import static dev.golive.rollback.domain.Incidents.WINDOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecisionRulesTest {

    private static final String RATIONALE = "checkout is down and nobody can fix it before Monday";
    private static final Instant HOUR_BEFORE = PNR.minus(Duration.ofHours(1));
    private static final Instant HOUR_AFTER = PNR.plus(Duration.ofHours(1));
    private static final FieldViolation ACK_MISSING = new FieldViolation("acknowledgePastPointOfNoReturn",
            "must be true: the point of no return passed at 2026-06-07T14:00:00Z, a rollback started now cannot complete "
                    + "before business resumes at 2026-06-08T06:00:00Z");

    private static List<FieldViolation> check(DecisionKind kind, boolean ack, Instant now) {
        return DecisionRules.check(kind, RATIONALE, ack, WINDOW, now);
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void a_decision_with_a_rationale_before_the_point_of_no_return_is_valid(DecisionKind kind) {
        assertThat(check(kind, false, HOUR_BEFORE)).isEmpty();
    }

    static Stream<Arguments> rationales() {
        return Stream.of(
                arguments(null, "is required"),
                arguments("   ", "is required"),
                arguments("too short", "must be at least 10 characters, was 9"),
                arguments("  padded    ", "must be at least 10 characters, was 6"),
                arguments("r".repeat(4_001), "must be at most 4000 characters, was 4001"));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("rationales")
    void the_rationale_is_required_and_long_enough_to_audit(String rationale, String message) {
        assertThat(DecisionRules.check(PROCEED, rationale, false, WINDOW, HOUR_BEFORE))
                .containsExactly(new FieldViolation("rationale", message));
    }

    @Test
    void a_rationale_of_exactly_ten_characters_is_enough() {
        assertThat(DecisionRules.check(PROCEED, "0123456789", false, WINDOW, HOUR_BEFORE)).isEmpty();
    }

    @Test
    void the_kind_is_required() {
        assertThat(DecisionRules.check(null, RATIONALE, false, WINDOW, HOUR_BEFORE))
                .containsExactly(new FieldViolation("kind", "is required"));
    }

    @Test
    void a_rollback_at_the_point_of_no_return_without_acknowledgement_is_refused() {
        assertThat(check(ROLL_BACK, false, PNR)).containsExactly(ACK_MISSING);
    }

    @Test
    void a_rollback_after_the_point_of_no_return_without_acknowledgement_is_refused() {
        assertThat(check(ROLL_BACK, false, HOUR_AFTER)).containsExactly(ACK_MISSING);
    }

    @Test
    void a_rollback_a_second_before_the_point_of_no_return_needs_no_acknowledgement() {
        assertThat(check(ROLL_BACK, false, PNR.minusSeconds(1))).isEmpty();
    }

    @Test
    void an_acknowledged_rollback_after_the_point_of_no_return_is_accepted() {
        assertThat(check(ROLL_BACK, true, HOUR_AFTER)).isEmpty();
    }

    @Test
    void proceeding_after_the_point_of_no_return_needs_no_acknowledgement() {
        assertThat(check(PROCEED, false, HOUR_AFTER)).isEmpty();
    }

    @Test
    void an_acknowledgement_that_is_not_needed_is_no_error() {
        assertThat(check(ROLL_BACK, true, HOUR_BEFORE)).isEmpty();
        assertThat(check(PROCEED, true, HOUR_AFTER)).isEmpty();
    }

    @Test
    void every_broken_rule_is_named_at_once() {
        assertThat(DecisionRules.check(ROLL_BACK, "", false, WINDOW, HOUR_AFTER)).extracting(FieldViolation::field)
                .containsExactly("rationale", "acknowledgePastPointOfNoReturn");
    }

    @Test
    void only_a_rollback_at_or_after_the_point_of_no_return_is_a_rollback_after_it() {
        assertThat(DecisionRules.rollbackAfterPointOfNoReturn(ROLL_BACK, WINDOW, PNR)).isTrue();
        assertThat(DecisionRules.rollbackAfterPointOfNoReturn(ROLL_BACK, WINDOW, PNR.minusSeconds(1))).isFalse();
        assertThat(DecisionRules.rollbackAfterPointOfNoReturn(PROCEED, WINDOW, HOUR_AFTER)).isFalse();
    }
}
