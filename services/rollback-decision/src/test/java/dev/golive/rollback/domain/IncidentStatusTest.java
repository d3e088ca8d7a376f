package dev.golive.rollback.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.golive.rollback.domain.IncidentStatus.MITIGATED;
import static dev.golive.rollback.domain.IncidentStatus.OPEN;
import static dev.golive.rollback.domain.IncidentStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IncidentStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "OPEN,      OPEN,      false",
            "OPEN,      MITIGATED, true",
            "OPEN,      RESOLVED,  true",
            "MITIGATED, OPEN,      true",
            "MITIGATED, MITIGATED, false",
            "MITIGATED, RESOLVED,  true",
            "RESOLVED,  OPEN,      false",
            "RESOLVED,  MITIGATED, false",
            "RESOLVED,  RESOLVED,  false"})
    void the_allowed_transitions(IncidentStatus from, IncidentStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void no_status_moves_to_nothing(IncidentStatus from) {
        assertThat(from.canMoveTo(null)).isFalse();
    }

    @Test
    void only_resolved_is_terminal() {
        assertThat(RESOLVED.terminal()).isTrue();
        assertThat(OPEN.terminal()).isFalse();
        assertThat(MITIGATED.terminal()).isFalse();
    }
}
