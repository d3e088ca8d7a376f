package dev.golive.planner.gonogo;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.planner.inbound.WeekendEvents;
import dev.golive.planner.support.Api;
import dev.golive.planner.support.Events;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incidents a planner kept in the evidence document before V11 move to their own rows: the data
 * statements of the migration run again here on a document of the old form.
 */
@QuarkusTest
class MigratedIncidentsTest {

    @Inject
    EntityManager em;

    @Inject
    WeekendEvents weekendEvents;

    @Test
    void incidents_of_an_old_evidence_document_become_rows_and_leave_the_document() throws IOException {
        String id = Api.create(Api.cutover("Europe/Paris"));
        String old = "{\"stagingReady\":false,\"stagingReasons\":[\"STALE\"],\"incidents\":{"
                + "\"i-1\":{\"incidentId\":\"i-1\",\"title\":\"Stock moves lost\",\"severity\":\"CRITICAL\",\"status\":\"OPEN\",\"reportedAt\":\"2026-01-05T08:00:00Z\"},"
                + "\"i-2\":{\"incidentId\":\"i-2\",\"title\":\"Slow report\",\"severity\":\"HIGH\",\"status\":\"OPEN\",\"reportedAt\":\"2026-01-05T09:00:00Z\"},"
                + "\"i-3\":{\"incidentId\":\"i-3\",\"title\":\"Invoices stuck\",\"severity\":\"CRITICAL\",\"status\":\"RESOLVED\",\"reportedAt\":null}}}";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO gate_evidence (cutover_id, evidence, updated_at) VALUES (cast(?1 AS uuid), ?2, now())")
                .setParameter(1, id).setParameter(2, old).executeUpdate());

        List<String> statements = dataStatements();
        assertThat(statements).hasSize(2);
        QuarkusTransaction.requiringNew().run(() -> statements.forEach(sql -> em.createNativeQuery(sql).executeUpdate()));

        @SuppressWarnings("unchecked")
        List<Object> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT incident_id || ' ' || coalesce(title, '-') || ' ' || coalesce(severity, '-') || ' ' || coalesce(status, '-')"
                                + " || ' ' || coalesce(to_char(reported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), '-') || ' ' || open_critical"
                                + " FROM gate_incident WHERE cutover_id = cast(?1 AS uuid) ORDER BY incident_id")
                .setParameter(1, id).getResultList());
        assertThat(rows).containsExactly("i-1 Stock moves lost CRITICAL OPEN 2026-01-05 08:00 true",
                "i-2 Slow report HIGH OPEN 2026-01-05 09:00 false", "i-3 Invoices stuck CRITICAL RESOLVED - false");
        String evidence = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT evidence FROM gate_evidence WHERE cutover_id = cast(?1 AS uuid)").setParameter(1, id).getSingleResult());
        assertThat(evidence).doesNotContain("incidents").contains("STALE");

        // The migrated incident is the gate's: resolving it passes the gate, the other facts stay.
        apply(Events.incident(id, "i-4", "Payments doubled", "CRITICAL", java.time.Instant.parse("2026-01-06T08:00:00Z")));
        assertThat(gate(id)).contains("Stock moves lost").contains("Payments doubled");
        apply(Events.incidentResolved(id, "i-1"));
        apply(Events.incidentResolved(id, "i-4"));
        assertThat(gate(id)).contains("\"state\":\"PASSED\"");
        apply(Events.staging(id, true));
        assertThat(QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT evidence FROM gate_evidence WHERE cutover_id = cast(?1 AS uuid)").setParameter(1, id)
                .getSingleResult())).contains("\"stagingReady\":true");
    }

    private void apply(GoliveEvent event) {
        QuarkusTransaction.requiringNew().run(() -> weekendEvents.apply(event));
    }

    /** The latest GateChanged of the incident gate, as written to the outbox. */
    private String gate(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT payload FROM outbox_event WHERE event_key = ?1 AND type = ?2"
                                + " AND payload LIKE '%NO_OPEN_CRITICAL_INCIDENT%' ORDER BY seq DESC LIMIT 1")
                .setParameter(1, id).setParameter(2, EventCatalog.GATE_CHANGED.name()).getSingleResult());
    }

    /** V11's INSERT and UPDATE, without its CREATE statements (the table is there already). */
    private static List<String> dataStatements() throws IOException {
        try (InputStream in = MigratedIncidentsTest.class.getResourceAsStream("/db/migration/V11__gate_incidents.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
            return Arrays.stream(sql.split(";")).map(String::strip)
                    .filter(s -> s.startsWith("INSERT") || s.startsWith("UPDATE")).toList();
        }
    }
}
