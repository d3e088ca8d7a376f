package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.golive.testing.domain.Weekend.sat;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ResultRulesTest {

    private static TestResult result(Outcome outcome, String notes) {
        return new TestResult("sales-quotation", "ana", outcome, notes, sat("10:00"));
    }

    @ParameterizedTest(name = "{0} with notes \"{1}\": {2}")
    @CsvSource(nullValues = "null", value = {
            "PASSED,  null,                     null",
            "PASSED,  'all good',               null",
            "FAILED,  'confirm button missing', null",
            "FAILED,  null,                     are required for a FAILED result: say what went wrong",
            "FAILED,  '  ',                     are required for a FAILED result: say what went wrong",
            "BLOCKED, 'no access to the POS',   null",
            "BLOCKED, null,                     are required for a BLOCKED result: say what is in the way"})
    void a_failed_or_blocked_result_says_why(Outcome outcome, String notes, String message) {
        var violations = ResultRules.check(result(outcome, notes));

        if (message == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).containsExactly(new FieldViolation("notes", message));
        }
    }

    @Test
    void scenario_tester_outcome_and_time_are_required() {
        assertThat(ResultRules.check(new TestResult(" ", null, null, null, null))).containsExactly(
                new FieldViolation("scenarioId", "is required"),
                new FieldViolation("testerId", "is required"),
                new FieldViolation("outcome", "is required"),
                new FieldViolation("recordedAt", "is required"));
        assertThat(ResultRules.check(null)).containsExactly(new FieldViolation("result", "is required"));
    }

    @Test
    void notes_have_a_length_limit() {
        assertThat(ResultRules.check(result(Outcome.FAILED, "n".repeat(4_000)))).isEmpty();
        assertThat(ResultRules.check(result(Outcome.FAILED, "n".repeat(4_001))))
                .containsExactly(new FieldViolation("notes", "must be at most 4000 characters, was 4001"));
    }
}
