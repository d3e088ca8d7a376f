package dev.golive.planner.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.golive.planner.domain.GateState.FAILED;
import static dev.golive.planner.domain.GateState.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

/** NO_OPEN_CRITICAL_INCIDENT from the cutover's incidents, as they are reported, updated and resolved. */
class IncidentGateTest {

    private static final Instant DOWNTIME = Instant.parse("2026-12-11T16:00:00Z");

    /** A cutover's incidents by id, changed the way the planner changes its rows. */
    static final class Incidents {
        private final Map<String, Incident> byId = new LinkedHashMap<>();

        Incidents reported(String id, String title, String severity, String status, Instant at) {
            byId.put(id, Incident.changed(byId.get(id), id, title, severity, status, at));
            return this;
        }

        Incidents updated(String id, String title, String severity, String status) {
            byId.put(id, Incident.changed(byId.get(id), id, title, severity, status, null));
            return this;
        }

        Incidents resolved(String id) {
            byId.computeIfPresent(id, (k, known) -> known.resolved());
            return this;
        }

        GateVerdict gate() {
            return GoNoGoGates.incidents(CriticalIncidents.of(byId.values(), DOWNTIME));
        }
    }

    static Stream<Arguments> cases() {
        Instant before = DOWNTIME.minusSeconds(60);
        return Stream.of(
                row("no incident is the normal state", i -> { }, PASSED),
                row("open critical incident before downtime",
                        i -> i.reported("x1", "Stock moves lost", "CRITICAL", "OPEN", before),
                        FAILED, "critical incident 'Stock moves lost' is open"),
                row("mitigated critical incident still unresolved",
                        i -> i.reported("x1", "Stock moves lost", "CRITICAL", "MITIGATED", before),
                        FAILED, "critical incident 'Stock moves lost' is mitigated"),
                row("high incident does not block",
                        i -> i.reported("x1", "Slow report", "HIGH", "OPEN", before), PASSED),
                row("critical incident raised to critical by an update", i -> i
                        .reported("x1", "Stock moves lost", "HIGH", "OPEN", before)
                        .updated("x1", null, "CRITICAL", "OPEN"), FAILED, "critical incident 'Stock moves lost' is open"),
                row("an update before the report counts until the report dates it", i -> i
                        .updated("x1", "Stock moves lost", "CRITICAL", "OPEN"), FAILED,
                        "critical incident 'Stock moves lost' is open"),
                row("resolved critical incident", i -> i
                        .reported("x1", "Stock moves lost", "CRITICAL", "OPEN", before)
                        .resolved("x1"), PASSED),
                row("resolving an unknown incident changes nothing", i -> i.resolved("x9"), PASSED),
                row("critical incident of the weekend itself does not count",
                        i -> i.reported("x1", "Stock moves lost", "CRITICAL", "OPEN", DOWNTIME.plusSeconds(60)), PASSED),
                row("an incident without a title is named by its id",
                        i -> i.reported("x1", null, "CRITICAL", "OPEN", before), FAILED, "critical incident x1 is open"),
                row("the three oldest named, oldest first, the fourth said to exist", i -> i
                        .reported("d", "Fourth", "CRITICAL", "OPEN", before.minusSeconds(1))
                        .reported("c", "Third", "CRITICAL", "OPEN", before.minusSeconds(2))
                        .reported("b", "Second", "CRITICAL", "MITIGATED", before.minusSeconds(3))
                        .reported("a", "First", "CRITICAL", "OPEN", before.minusSeconds(4)), FAILED,
                        "critical incident 'First' is open", "critical incident 'Second' is mitigated",
                        "critical incident 'Third' is open", "and more critical incidents unresolved"));
    }

    private static Arguments row(String name, Consumer<Incidents> facts, GateState state, String... reasons) {
        return Arguments.of(name, facts, state, List.of(reasons));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_gate_reads_the_critical_unresolved_incidents(String name, Consumer<Incidents> facts, GateState state,
                                                          List<String> reasons) {
        Incidents incidents = new Incidents();
        facts.accept(incidents);
        GateVerdict verdict = incidents.gate();
        assertThat(verdict.gate()).isEqualTo(Gate.NO_OPEN_CRITICAL_INCIDENT);
        assertThat(verdict.state()).isEqualTo(state);
        assertThat(verdict.reasons()).containsExactlyElementsOf(reasons);
    }

    /** A storm of critical incidents: the gate names three and says there are more, so its announcement stays small. */
    @Test
    void thousands_of_critical_incidents_make_four_reasons_and_resolving_them_all_passes() {
        Incidents incidents = new Incidents();
        for (int n = 0; n < 2_000; n++) {
            incidents.reported("x" + n, "Stock moves lost in warehouse " + n, "CRITICAL", "OPEN",
                    DOWNTIME.minusSeconds(10_000 - n));
        }
        GateVerdict storm = incidents.gate();
        assertThat(storm.reasons()).containsExactly("critical incident 'Stock moves lost in warehouse 0' is open",
                "critical incident 'Stock moves lost in warehouse 1' is open",
                "critical incident 'Stock moves lost in warehouse 2' is open",
                "and more critical incidents unresolved");
        assertThat(String.join("", storm.reasons()).length()).isLessThan(300);

        for (int n = 0; n < 1_999; n++) {
            incidents.resolved("x" + n);
        }
        assertThat(incidents.gate().reasons()).containsExactly(
                "critical incident 'Stock moves lost in warehouse 1999' is open");
        incidents.resolved("x1999");
        assertThat(incidents.gate().state()).isEqualTo(PASSED);
    }

    @Test
    void a_count_names_at_most_three_and_never_more_than_it_counts() {
        Incident one = new Incident("x1", "Stock moves lost", "CRITICAL", "OPEN", DOWNTIME);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CriticalIncidents(0, List.of(one)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CriticalIncidents(9, List.of(one, one, one, one)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
