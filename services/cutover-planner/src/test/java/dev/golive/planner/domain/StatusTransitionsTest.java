package dev.golive.planner.domain;

import dev.golive.contracts.cutover.CutoverStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1} is allowed: {2}")
    @CsvSource({
        "DRAFT, SCHEDULED, true",
        "DRAFT, IN_PROGRESS, false",
        "DRAFT, CANCELLED, true",
        "SCHEDULED, GO_NO_GO_PASSED, true",
        "SCHEDULED, GO_NO_GO_FAILED, true",
        "SCHEDULED, IN_PROGRESS, false",
        "GO_NO_GO_PASSED, IN_PROGRESS, true",
        "GO_NO_GO_PASSED, SCHEDULED, true",
        "GO_NO_GO_FAILED, SCHEDULED, true",
        "GO_NO_GO_FAILED, IN_PROGRESS, false",
        "IN_PROGRESS, WEEKEND_TESTING, true",
        "IN_PROGRESS, ROLLED_BACK, true",
        "IN_PROGRESS, CANCELLED, false",
        "IN_PROGRESS, SCHEDULED, false",
        "WEEKEND_TESTING, COMPLETED, true",
        "WEEKEND_TESTING, ROLLED_BACK, true",
        "WEEKEND_TESTING, IN_PROGRESS, false",
        "COMPLETED, ROLLED_BACK, false",
        "ROLLED_BACK, SCHEDULED, false",
        "CANCELLED, DRAFT, false",
    })
    void the_life_cycle_allows_only_its_transitions(CutoverStatus from, CutoverStatus to, boolean allowed) {
        assertThat(StatusTransitions.allowed(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(value = CutoverStatus.class, names = {"COMPLETED", "ROLLED_BACK", "CANCELLED"})
    void a_closed_cutover_goes_nowhere(CutoverStatus status) {
        assertThat(StatusTransitions.terminal(status)).isTrue();
        assertThat(StatusTransitions.next(status)).isEmpty();
        assertThat(StatusTransitions.planEditable(status)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CutoverStatus.class, names = {"IN_PROGRESS", "WEEKEND_TESTING"})
    void once_production_is_down_the_plan_is_frozen_but_the_cutover_is_not_closed(CutoverStatus status) {
        assertThat(StatusTransitions.planEditable(status)).isFalse();
        assertThat(StatusTransitions.terminal(status)).isFalse();
        assertThat(StatusTransitions.next(status)).contains(CutoverStatus.ROLLED_BACK);
    }
}
