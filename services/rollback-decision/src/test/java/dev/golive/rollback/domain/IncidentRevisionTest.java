package dev.golive.rollback.domain;

import dev.golive.problems.field.FieldViolation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.golive.rollback.domain.IncidentStatus.MITIGATED;
import static dev.golive.rollback.domain.IncidentStatus.OPEN;
import static dev.golive.rollback.domain.IncidentStatus.RESOLVED;
import static dev.golive.rollback.domain.Incidents.incident;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IncidentRevisionTest {

    @Test
    void an_edit_naming_nothing_changes_nothing() {
        Incident current = incident(1).estimate(Duration.ofHours(2)).build();

        IncidentRevision revision = current.revise(new IncidentEdit());

        assertThat(revision.after()).isEqualTo(current);
        assertThat(revision.before()).isEqualTo(current);
        assertThat(revision.changed()).isFalse();
        assertThat(revision.changedFields()).isEmpty();
    }

    @Test
    void the_named_fields_change_and_are_said_in_the_order_of_the_incident() {
        Incident current = incident(1).build();

        IncidentRevision revision = current.revise(new IncidentEdit().status(MITIGATED).dataIntegrityAtRisk(true)
                .title("Invoices post to the wrong journal").severity(Severity.CRITICAL));

        assertThat(revision.changedFields()).containsExactly("title", "severity", "dataIntegrityAtRisk", "status");
        assertThat(revision.after()).usingRecursiveComparison()
                .ignoringFields("title", "severity", "dataIntegrityAtRisk", "status").isEqualTo(current);
        assertThat(revision.after().title()).isEqualTo("Invoices post to the wrong journal");
        assertThat(revision.after().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(revision.after().dataIntegrityAtRisk()).isTrue();
        assertThat(revision.after().status()).isEqualTo(MITIGATED);
    }

    @Test
    void a_field_named_with_the_value_it_has_is_no_change() {
        Incident current = incident(1).critical().unusable().build();

        IncidentRevision revision = current.revise(new IncidentEdit().severity(Severity.CRITICAL).systemUsable(false)
                .description(current.description()));

        assertThat(revision.changed()).isFalse();
        assertThat(revision.after()).isEqualTo(current);
    }

    @Test
    void null_clears_the_description_and_the_estimate() {
        Incident current = incident(1).estimate(Duration.ofHours(3)).build();

        IncidentRevision revision = current.revise(new IncidentEdit().description(null).estimatedTimeToFix(null));

        assertThat(revision.after().description()).isNull();
        assertThat(revision.after().estimate()).isEmpty();
        assertThat(revision.changedFields()).containsExactly("description", "estimatedTimeToFix");
    }

    @Test
    void a_required_field_named_empty_is_left_for_the_rules_to_refuse() {
        IncidentRevision revision = incident(1).build().revise(new IncidentEdit().businessFlow(null));

        assertThat(IncidentRules.check(revision.after())).extracting(FieldViolation::field).containsExactly("businessFlow");
    }

    @Test
    void a_repeated_detection_says_every_detail_again_but_keeps_the_status_and_where_it_came_from() {
        Incident current = incident(1).source("weekend-testing").sourceRef("scenario-7").status(MITIGATED).build();
        Incident detectedAgain = incident(2).title("Invoices fail").critical().unusable().workaround()
                .description(null).estimate(Duration.ofHours(1)).source("weekend-testing").sourceRef("scenario-7").build();

        IncidentRevision revision = current.revise(IncidentEdit.detailsOf(detectedAgain));

        assertThat(revision.changedFields()).containsExactly("title", "description", "severity", "systemUsable",
                "workaroundExists", "estimatedTimeToFix");
        Incident after = revision.after();
        assertThat(after.id()).isEqualTo(current.id());
        assertThat(after.status()).isEqualTo(MITIGATED);
        assertThat(after.reportedAt()).isEqualTo(current.reportedAt());
        assertThat(after).usingRecursiveComparison().ignoringFields("id", "status", "reportedAt").isEqualTo(detectedAgain);
    }

    @Test
    void a_resolved_incident_edited_and_left_resolved_is_said_so() {
        Incident resolved = incident(1).status(RESOLVED).build();

        assertThat(resolved.revise(new IncidentEdit().severity(Severity.HIGH)).editsResolved()).isTrue();
        assertThat(resolved.revise(new IncidentEdit()).editsResolved()).isTrue();
        assertThat(resolved.revise(new IncidentEdit().status(OPEN)).editsResolved()).isFalse();
        assertThat(incident(1).build().revise(new IncidentEdit().severity(Severity.HIGH)).editsResolved()).isFalse();
    }

    @Test
    void a_status_change_must_be_one_the_status_allows() {
        assertThat(incident(1).build().revise(new IncidentEdit().status(MITIGATED)).statusViolations()).isEmpty();
        assertThat(incident(1).status(MITIGATED).build().revise(new IncidentEdit().status(OPEN)).statusViolations()).isEmpty();
        assertThat(incident(1).build().revise(new IncidentEdit().status(OPEN)).statusViolations())
                .as("staying is no transition").isEmpty();
        assertThat(incident(1).status(RESOLVED).build().revise(new IncidentEdit().status(OPEN)).statusViolations())
                .extracting(FieldViolation::message)
                .containsExactly("cannot move from RESOLVED to OPEN: a resolved incident stays resolved; report a new one"
                        + " if the problem is back");
    }
}
