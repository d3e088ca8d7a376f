package dev.golive.rollback.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.golive.rollback.domain.IncidentStatus.MITIGATED;
import static dev.golive.rollback.domain.IncidentStatus.OPEN;
import static dev.golive.rollback.domain.IncidentStatus.RESOLVED;
import static dev.golive.rollback.domain.Incidents.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IncidentRulesTest {

    @Test
    void a_complete_incident_is_valid() {
        assertThat(IncidentRules.check(incident(1).criticalSales().estimate(Duration.ofHours(3))
                .source("weekend-testing").sourceRef("scenario-42/run-3").build())).isEmpty();
    }

    @Test
    void description_estimate_and_source_ref_are_optional() {
        assertThat(IncidentRules.check(incident(1).description(null).estimate(null).sourceRef(null).build())).isEmpty();
    }

    @Test
    void title_flow_severity_status_and_source_are_required() {
        Incident bare = new Incident(UUID.randomUUID(), "c", " ", null, null, null, true, false, false, null, null, "",
                null, null);

        assertThat(IncidentRules.check(bare)).containsExactly(
                new FieldViolation("title", "is required"),
                new FieldViolation("businessFlow", "is required"),
                new FieldViolation("severity", "is required"),
                new FieldViolation("status", "is required"),
                new FieldViolation("source", "is required"));
    }

    @Test
    void a_missing_incident_is_named() {
        assertThat(IncidentRules.check(null)).containsExactly(new FieldViolation("incident", "is required"));
    }

    @Test
    void the_texts_have_length_limits() {
        assertThat(IncidentRules.check(incident(1).title("t".repeat(200)).description("d".repeat(4_000))
                .source("s".repeat(100)).sourceRef("r".repeat(200)).build())).isEmpty();
        assertThat(IncidentRules.check(incident(1).title("t".repeat(201)).description("d".repeat(4_001))
                .source("s".repeat(101)).sourceRef("r".repeat(201)).build())).containsExactly(
                new FieldViolation("title", "must be at most 200 characters, was 201"),
                new FieldViolation("description", "must be at most 4000 characters, was 4001"),
                new FieldViolation("source", "must be at most 100 characters, was 101"),
                new FieldViolation("sourceRef", "must be at most 200 characters, was 201"));
    }

    static Stream<Arguments> estimates() {
        return Stream.of(
                arguments(Duration.ZERO, null),
                arguments(Duration.ofMinutes(30), null),
                arguments(Duration.ofDays(14), null),
                arguments(Duration.ofDays(14).plusSeconds(1), "must be at most PT336H, was PT336H1S"),
                arguments(Duration.ofSeconds(-1), "must not be negative"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void the_estimate_lies_between_zero_and_fourteen_days(Duration estimate, String message) {
        var violations = IncidentRules.check(incident(1).estimate(estimate).build());

        if (message == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).containsExactly(new FieldViolation("estimatedTimeToFix", message));
        }
    }

    @Test
    void the_allowed_transitions_pass() {
        assertThat(IncidentRules.checkTransition(OPEN, MITIGATED)).isEmpty();
        assertThat(IncidentRules.checkTransition(MITIGATED, OPEN)).isEmpty();
        assertThat(IncidentRules.checkTransition(MITIGATED, RESOLVED)).isEmpty();
    }

    @Test
    void a_resolved_incident_stays_resolved() {
        assertThat(IncidentRules.checkTransition(RESOLVED, OPEN)).containsExactly(new FieldViolation("status",
                "cannot move from RESOLVED to OPEN: a resolved incident stays resolved; report a new one if the problem is back"));
    }

    @Test
    void staying_in_the_same_status_is_not_a_transition() {
        assertThat(IncidentRules.checkTransition(OPEN, OPEN))
                .containsExactly(new FieldViolation("status", "cannot move from OPEN to OPEN: it is OPEN already"));
    }

    @Test
    void a_transition_needs_a_target() {
        assertThat(IncidentRules.checkTransition(OPEN, null)).containsExactly(new FieldViolation("status", "is required"));
    }
}
