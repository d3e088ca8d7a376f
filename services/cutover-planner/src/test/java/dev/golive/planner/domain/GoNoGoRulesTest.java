package dev.golive.planner.domain;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.problems.field.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoNoGoRulesTest {

    @Test
    void a_decision_with_its_reason_is_acceptable_and_blanks_around_it_do_not_matter() {
        assertThat(GoNoGoRules.check("GO", "all gates green", false)).isEmpty();
        assertThat(GoNoGoRules.check(" NO_GO ", "integrations not ready", true)).isEmpty();
        assertThat(GoNoGoRules.check("NO_GO", "r".repeat(GoNoGoRules.MAX_REASON), null)).isEmpty();
        assertThat(GoNoGoRules.decision(" NO_GO ")).isEqualTo(GoNoGo.NO_GO);
    }

    @Test
    void nothing_asked_names_both_fields() {
        assertThat(GoNoGoRules.check(null, null, null)).containsExactly(
                new FieldViolation("decision", "is required: GO or NO_GO"),
                new FieldViolation("reason", "is required: say why"));
        assertThat(GoNoGoRules.check(" ", " ", null)).extracting(FieldViolation::field)
                .containsExactly("decision", "reason");
    }

    @Test
    void an_unknown_decision_a_long_reason_and_a_go_that_reschedules_are_refused_together() {
        assertThat(GoNoGoRules.check("MAYBE", "r".repeat(GoNoGoRules.MAX_REASON + 1), true)).containsExactly(
                new FieldViolation("decision", "'MAYBE' is neither GO nor NO_GO"),
                new FieldViolation("reason", "must be at most 2000 characters"));
        assertThat(GoNoGoRules.check("GO", "fine", true)).containsExactly(
                new FieldViolation("rescheduleToNextWindow", "only a NO_GO moves the cutover to another weekend"));
        assertThatThrownBy(() -> GoNoGoRules.decision("MAYBE")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} takes {1}: {2}")
    @CsvSource({
        "SCHEDULED, GO, true",
        "SCHEDULED, NO_GO, true",
        "GO_NO_GO_PASSED, NO_GO, true",
        "GO_NO_GO_PASSED, GO, false",
        "GO_NO_GO_FAILED, GO, false",
        "GO_NO_GO_FAILED, NO_GO, false",
        "DRAFT, GO, false",
        "IN_PROGRESS, NO_GO, false",
        "CANCELLED, NO_GO, false",
    })
    void a_scheduled_cutover_decides_and_a_go_can_be_withdrawn(CutoverStatus status, GoNoGo decision, boolean accepted) {
        assertThat(GoNoGoRules.accepts(status, decision)).isEqualTo(accepted);
    }

    @Test
    void a_go_passes_the_go_no_go_and_a_no_go_fails_it() {
        assertThat(GoNoGoRules.statusAfter(GoNoGo.GO)).isEqualTo(CutoverStatus.GO_NO_GO_PASSED);
        assertThat(GoNoGoRules.statusAfter(GoNoGo.NO_GO)).isEqualTo(CutoverStatus.GO_NO_GO_FAILED);
    }
}
