package dev.golive.planner.gonogo;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.planner.inbound.WeekendEvents;
import dev.golive.planner.support.Api;
import dev.golive.planner.support.Events;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cutover with thousands of critical incidents (a detection storm): what the planner stores and
 * announces per incident event stays the same size whatever the number of incidents before it. The
 * events are applied the way the consumer applies them (one transaction each), without the broker,
 * so that the figures printed are the planner's own work. Figures are printed, never asserted on time.
 */
@QuarkusTest
class IncidentGateGrowthTest {

    private static final int INCIDENTS = 2_000;
    /** A GateChanged naming a few incidents, whatever their number (their titles here are ~40 characters). */
    private static final int SMALL_PAYLOAD = 2_048;

    @Inject
    WeekendEvents weekendEvents;

    @Inject
    EntityManager em;

    @Test
    void thousands_of_critical_incidents_keep_the_evidence_and_each_gate_changed_small() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        Instant reported = Instant.parse("2026-01-05T08:00:00Z");
        apply(Events.staging(id, false, "STALE"));
        long evidenceBefore = evidenceBytes(id);

        Window first = null;
        Window last = null;
        for (int i = 0; i < INCIDENTS; i++) {
            if (i == 0 || i == INCIDENTS - 200) {
                Window w = measure(id, i, 200, reported);
                if (i == 0) {
                    first = w;
                } else {
                    last = w;
                }
                i += 199;
            } else {
                apply(Events.incident(id, "incident-" + i, "Stock moves lost in warehouse " + i, "CRITICAL",
                        reported.plusSeconds(i)));
            }
        }
        long evidenceAfter = evidenceBytes(id);
        System.out.printf("incident gate growth, %d critical incidents on one cutover:%n", INCIDENTS);
        System.out.printf("  evidence row: %d bytes before the incidents, %d after%n", evidenceBefore, evidenceAfter);
        System.out.printf("  incidents 1-200:      %s%n", first);
        System.out.printf("  incidents %d-%d: %s%n", INCIDENTS - 199, INCIDENTS, last);

        assertThat(evidenceAfter).isEqualTo(evidenceBefore);
        GateChanged latest = latestIncidentGate(id);
        assertThat(latest.state()).isEqualTo("FAILED");
        // The oldest incidents are named, by title, and the others said to exist.
        assertThat(latest.reasons()).containsExactly(
                "critical incident 'Stock moves lost in warehouse 0' is open",
                "critical incident 'Stock moves lost in warehouse 1' is open",
                "critical incident 'Stock moves lost in warehouse 2' is open",
                "and more critical incidents unresolved");
        assertThat(maxGateChangedBytes(id)).isLessThan(SMALL_PAYLOAD);
        // Announced when what it names changed (one, two, three incidents, then "and more"), not on
        // each of the storm's incidents: every service and stakeholder reads each GateChanged.
        assertThat(incidentGateAnnouncements(id)).isEqualTo(4);

        for (int i = 0; i < INCIDENTS; i++) {
            apply(Events.incidentResolved(id, "incident-" + i));
            if (i == INCIDENTS - 2) {
                assertThat(latestIncidentGate(id).reasons()).containsExactly(
                        "critical incident 'Stock moves lost in warehouse " + (INCIDENTS - 1) + "' is open");
            }
        }
        assertThat(latestIncidentGate(id).state()).isEqualTo("PASSED");
        assertThat(evidenceBytes(id)).isEqualTo(evidenceBefore);
    }

    /** What {@code count} incident events cost on average: WAL written, time, and the largest GateChanged. */
    private Window measure(String id, int from, int count, Instant reported) {
        long walBefore = wal();
        long started = System.nanoTime();
        for (int i = from; i < from + count; i++) {
            apply(Events.incident(id, "incident-" + i, "Stock moves lost in warehouse " + i, "CRITICAL",
                    reported.plusSeconds(i)));
        }
        long micros = (System.nanoTime() - started) / 1_000 / count;
        return new Window((wal() - walBefore) / count, micros, latestGateChangedBytes(id));
    }

    record Window(long walBytesPerEvent, long microsPerEvent, long lastGateChangedBytes) {
        @Override
        public String toString() {
            return String.format("WAL %,d bytes/event, %,d us/event, last GateChanged %,d bytes",
                    walBytesPerEvent, microsPerEvent, lastGateChangedBytes);
        }
    }

    private void apply(GoliveEvent event) {
        QuarkusTransaction.requiringNew().run(() -> weekendEvents.apply(event));
    }

    private long evidenceBytes(String id) {
        return number("SELECT coalesce(sum(octet_length(evidence)), 0) FROM gate_evidence WHERE cutover_id = cast(?1 AS uuid)", id);
    }

    private long wal() {
        return number("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint", null);
    }

    private long maxGateChangedBytes(String id) {
        return number("SELECT coalesce(max(octet_length(payload)), 0) FROM outbox_event WHERE event_key = ?1 AND type = '"
                + EventCatalog.GATE_CHANGED.name() + "'", id);
    }

    private long latestGateChangedBytes(String id) {
        return latestIncidentGatePayload(id).getBytes(StandardCharsets.UTF_8).length;
    }

    private GateChanged latestIncidentGate(String id) {
        return (GateChanged) EventCodec.fromJson(EventCatalog.GATE_CHANGED.name(),
                latestIncidentGatePayload(id).getBytes(StandardCharsets.UTF_8));
    }

    private String latestIncidentGatePayload(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> payloads = em.createNativeQuery("SELECT payload FROM outbox_event WHERE event_key = ?1 AND type = ?2"
                            + " AND payload LIKE '%NO_OPEN_CRITICAL_INCIDENT%' ORDER BY seq DESC LIMIT 1")
                    .setParameter(1, id).setParameter(2, EventCatalog.GATE_CHANGED.name()).getResultList();
            return payloads.isEmpty() ? "" : payloads.get(0);
        });
    }

    private long incidentGateAnnouncements(String id) {
        return number("SELECT count(*) FROM outbox_event WHERE event_key = ?1 AND type = '"
                + EventCatalog.GATE_CHANGED.name() + "' AND payload LIKE '%NO_OPEN_CRITICAL_INCIDENT%'", id);
    }

    private long number(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            if (id != null) {
                query.setParameter(1, id);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
