package dev.golive.integration.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.golive.integration.domain.ChecklistStatus.FAILED;
import static dev.golive.integration.domain.ChecklistStatus.NOT_APPLICABLE;
import static dev.golive.integration.domain.ChecklistStatus.OPEN;
import static dev.golive.integration.domain.ChecklistStatus.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChecklistStatusTest {

    @ParameterizedTest(name = "{0} → {1}: transition {2}, may be recorded {3}")
    @CsvSource({
        "OPEN,           OPEN,           false, false",
        "OPEN,           PASSED,         true,  true",
        "OPEN,           FAILED,         true,  true",
        "OPEN,           NOT_APPLICABLE, true,  true",
        "PASSED,         OPEN,           false, false",
        "PASSED,         PASSED,         false, true",
        "PASSED,         FAILED,         true,  true",
        "PASSED,         NOT_APPLICABLE, false, false",
        "FAILED,         OPEN,           false, false",
        "FAILED,         PASSED,         true,  true",
        "FAILED,         FAILED,         false, true",
        "FAILED,         NOT_APPLICABLE, false, false",
        "NOT_APPLICABLE, OPEN,           false, false",
        "NOT_APPLICABLE, PASSED,         true,  true",
        "NOT_APPLICABLE, FAILED,         true,  true",
        "NOT_APPLICABLE, NOT_APPLICABLE, false, true"})
    void a_person_moves_an_item_only_along_the_documented_transitions(ChecklistStatus from, ChecklistStatus to,
                                                                       boolean transition, boolean recordable) {
        assertThat(from.canMoveTo(to)).isEqualTo(transition);
        assertThat(from.next().contains(to)).isEqualTo(transition);
        assertThat(from.canRecord(to)).isEqualTo(recordable);
    }

    @ParameterizedTest
    @EnumSource(ChecklistStatus.class)
    void no_status_moves_to_nothing_nor_is_opened_by_a_person(ChecklistStatus from) {
        assertThat(from.canMoveTo(null)).isFalse();
        assertThat(from.canRecord(null)).isFalse();
        assertThat(from.canMoveTo(OPEN)).isFalse();
    }

    @Test
    void only_passed_and_not_applicable_satisfy_readiness() {
        assertThat(PASSED.satisfied()).isTrue();
        assertThat(NOT_APPLICABLE.satisfied()).isTrue();
        assertThat(OPEN.satisfied()).isFalse();
        assertThat(FAILED.satisfied()).isFalse();
    }
}
