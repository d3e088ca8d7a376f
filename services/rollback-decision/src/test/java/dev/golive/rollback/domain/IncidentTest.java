package dev.golive.rollback.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.golive.rollback.domain.IncidentStatus.MITIGATED;
import static dev.golive.rollback.domain.IncidentStatus.OPEN;
import static dev.golive.rollback.domain.IncidentStatus.RESOLVED;
import static dev.golive.rollback.domain.Incidents.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IncidentTest {

    @Test
    void open_and_mitigated_incidents_are_open_and_resolved_ones_are_not() {
        assertThat(incident(1).status(OPEN).build().open()).isTrue();
        assertThat(incident(1).status(MITIGATED).build().open()).isTrue();
        assertThat(incident(1).status(RESOLVED).build().open()).isFalse();
    }

    @Test
    void a_mitigated_incident_no_longer_makes_the_system_unusable() {
        assertThat(incident(1).unusable().build().makesSystemUnusable()).isTrue();
        assertThat(incident(1).unusable().status(MITIGATED).build().makesSystemUnusable()).isFalse();
    }

    @Test
    void a_mitigated_incident_has_a_workaround_and_blocks_no_core_flow() {
        Incident open = incident(1).criticalSales().build();
        Incident mitigated = incident(1).criticalSales().status(MITIGATED).build();

        assertThat(open.hasWorkaround()).isFalse();
        assertThat(open.blocksCoreFlow()).isTrue();
        assertThat(mitigated.hasWorkaround()).isTrue();
        assertThat(mitigated.blocksCoreFlow()).isFalse();
    }

    @Test
    void a_mitigated_incident_still_puts_data_at_risk_until_the_flag_is_cleared() {
        assertThat(incident(1).dataAtRisk().status(MITIGATED).build().putsDataIntegrityAtRisk()).isTrue();
        assertThat(incident(1).status(MITIGATED).build().putsDataIntegrityAtRisk()).isFalse();
        assertThat(incident(1).dataAtRisk().status(RESOLVED).build().putsDataIntegrityAtRisk()).isFalse();
    }

    @Test
    void only_a_critical_incident_in_a_core_flow_without_workaround_blocks_it() {
        assertThat(incident(1).criticalSales().workaround().build().blocksCoreFlow()).isFalse();
        assertThat(incident(1).critical().flow(BusinessFlow.WEBSITE_AND_PORTAL).build().blocksCoreFlow()).isFalse();
        assertThat(incident(1).severity(Severity.HIGH).flow(BusinessFlow.MANUFACTURING).build().blocksCoreFlow()).isFalse();
        assertThat(incident(1).critical().flow(BusinessFlow.MANUFACTURING).build().blocksCoreFlow()).isTrue();
    }

    @Test
    void an_incident_without_flow_blocks_no_core_flow_and_breaks_nothing() {
        assertThat(incident(1).critical().flow(null).build().blocksCoreFlow()).isFalse();
    }

    @Test
    void the_estimate_is_optional() {
        assertThat(incident(1).build().estimate()).isEmpty();
        assertThat(incident(1).estimate(Duration.ofHours(2)).build().estimate()).contains(Duration.ofHours(2));
    }

    @Test
    void a_mitigated_incident_that_came_back_is_open_again() {
        Incident back = incident(1).unusable().status(MITIGATED).build().withStatus(OPEN);

        assertThat(back.status()).isEqualTo(OPEN);
        assertThat(back.makesSystemUnusable()).isTrue();
        assertThat(back).usingRecursiveComparison().ignoringFields("status")
                .isEqualTo(incident(1).unusable().status(MITIGATED).build());
    }

    @Test
    void a_resolved_incident_cannot_be_reopened() {
        Incident resolved = incident(1).status(RESOLVED).build();

        assertThatThrownBy(() -> resolved.withStatus(OPEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot move from RESOLVED to OPEN");
    }
}
