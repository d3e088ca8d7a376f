package dev.golive.rollback.assessment;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.rollback.cutover.CutoverProjection;
import dev.golive.rollback.domain.Assessment;
import dev.golive.rollback.incident.IncidentRow;
import dev.golive.rollback.incident.IncidentService;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Cutovers;
import dev.golive.rollback.support.Db;
import dev.golive.testkit.CatalogEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A detection storm on one cutover: thousands of critical incidents that make the system unusable,
 * near the point of no return, each a new verdict. What rollback-decision does and announces per
 * incident must not grow with the incidents before it. The detections are applied the way the
 * consumer applies them (one transaction each), without the broker, so that the figures printed are
 * the service's own work. Figures are printed, never asserted on time.
 */
@QuarkusTest
class AssessmentGrowthTest {

    private static final int INCIDENTS = 2_000;
    private static final int WINDOW = 200;
    /** A RollbackAssessmentChanged naming a few incidents, whatever their number (titles ~40 characters). */
    private static final int SMALL_PAYLOAD = 4_096;

    @Inject
    IncidentService incidents;

    @Inject
    EntityManager em;

    @Inject
    Reassessment reassessment;

    @Test
    void thousands_of_critical_incidents_keep_each_assessment_small() {
        warmUp();
        String id = UUID.randomUUID().toString();
        // Near the point of no return (within the warning horizon), so that every policy about incidents fires.
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, Instant.now().plus(Duration.ofHours(2))));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.assessments(id) == 1);

        String first = null;
        String last = null;
        for (int i = 0; i < INCIDENTS; i += WINDOW) {
            long started = System.nanoTime();
            for (int j = i; j < i + WINDOW; j++) {
                detect(id, j);
            }
            long micros = (System.nanoTime() - started) / 1_000 / WINDOW;
            String figures = String.format("%,d us/event, last RollbackAssessmentChanged %,d bytes", micros,
                    latestPayload(id).getBytes(StandardCharsets.UTF_8).length);
            if (i == 0) {
                first = figures;
            }
            last = figures;
        }
        long maxChanged = maxPayload(id);
        long maxRow = number("SELECT coalesce(max(octet_length(reasons) + octet_length(open_incident_ids)), 0)"
                + " FROM rollback_assessment WHERE cutover_id = cast(?1 AS uuid)", id);
        System.out.printf("rollback assessment growth, %d critical incidents detected on one cutover:%n", INCIDENTS);
        System.out.printf("  incidents 1-%d:      %s%n", WINDOW, first);
        System.out.printf("  incidents %d-%d: %s%n", INCIDENTS - WINDOW + 1, INCIDENTS, last);
        System.out.printf("  largest RollbackAssessmentChanged %,d bytes, largest assessment row %,d bytes%n",
                maxChanged, maxRow);

        long announced = announcements(id);
        System.out.printf("  %,d RollbackAssessmentChanged announced%n", announced);

        RollbackAssessmentChanged latest = latest(id);
        assertThat(latest.recommendation()).isEqualTo("ROLL_BACK");
        assertThat(latest.reasons()).extracting(r -> r.substring(0, r.indexOf(':'))).containsExactly(
                "SYSTEM_UNUSABLE", "CRITICAL_CORE_FLOW_FIX_PAST_PNR", "CRITICAL_OPEN_NEAR_PNR");
        assertThat(latest.openIncidentIds()).containsExactly(incidentId(id, 0), incidentId(id, 1), incidentId(id, 2));
        assertThat(maxChanged).isLessThan(SMALL_PAYLOAD);
        assertThat(maxRow).isLessThan(SMALL_PAYLOAD);
        // Announced while what it names changed (the first incidents, then that there are more), not
        // once per incident of the storm: every service and stakeholder reads each announcement.
        assertThat(announced).isBetween(4L, 8L);
        // The live assessment (what the console shows) names the oldest by title and counts the others.
        Assessment live = live(id);
        assertThat(live.openIncidentCount()).isEqualTo(INCIDENTS);
        assertThat(live.reasons().get(0).explanation()).startsWith("the system cannot be used at all ("
                + "\"Sales orders cannot be confirmed 0\", \"Sales orders cannot be confirmed 1\", "
                + "\"Sales orders cannot be confirmed 2\" and " + (INCIDENTS - 3) + " more)");

        // Resolving the oldest names the next ones.
        for (int i = 0; i < 3; i++) {
            String incident = incidentId(id, i);
            incidents.resolve(UUID.fromString(id), UUID.fromString(incident), "restarted the workers", "olivia");
        }
        RollbackAssessmentChanged afterResolving = latest(id);
        assertThat(afterResolving.openIncidentCount()).isEqualTo(INCIDENTS - 3);
        assertThat(afterResolving.openIncidentIds()).containsExactly(incidentId(id, 3), incidentId(id, 4),
                incidentId(id, 5));
        assertThat(afterResolving.reasons().get(2)).startsWith("CRITICAL_OPEN_NEAR_PNR: " + (INCIDENTS - 3)
                + " critical incidents are open (\"Sales orders cannot be confirmed 3\"");
    }

    private String incidentId(String cutoverId, int i) {
        return QuarkusTransaction.requiringNew().call(() -> IncidentRow.openFromSource(UUID.fromString(cutoverId),
                "weekend-testing", "scenario-" + i + "/run-1").orElseThrow().id.toString());
    }

    /** A first storm on another cutover, so that the figures below are not those of a cold JVM. */
    private void warmUp() {
        String other = UUID.randomUUID().toString();
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(other, 1, Instant.now().plus(Duration.ofHours(2))));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.assessments(other) == 1);
        for (int i = 0; i < WINDOW; i++) {
            detect(other, i);
        }
    }

    private void detect(String cutoverId, int i) {
        IncidentDetected detected = new IncidentDetected(cutoverId, "weekend-testing", "scenario-" + i + "/run-1",
                "Sales orders cannot be confirmed " + i, "critical scenario failed: server error on every attempt",
                "SALES", "CRITICAL", false, false, false, null, Instant.parse("2026-01-05T08:00:00Z").plusSeconds(i));
        QuarkusTransaction.requiringNew().run(() -> incidents.detected(detected));
    }

    private long announcements(String id) {
        return number("SELECT count(*) FROM outbox_event WHERE event_key = ?1 AND type = '"
                + EventCatalog.ROLLBACK_ASSESSMENT_CHANGED.name() + "'", id);
    }

    private Assessment live(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CutoverProjection cutover = CutoverProjection.of(UUID.fromString(id)).orElseThrow();
            return reassessment.assess(cutover, cutover.window().orElseThrow(), Instant.now());
        });
    }

    private long maxPayload(String id) {
        return number("SELECT coalesce(max(octet_length(payload)), 0) FROM outbox_event WHERE event_key = ?1 AND type = '"
                + EventCatalog.ROLLBACK_ASSESSMENT_CHANGED.name() + "'", id);
    }

    RollbackAssessmentChanged latest(String id) {
        return (RollbackAssessmentChanged) EventCodec.fromJson(EventCatalog.ROLLBACK_ASSESSMENT_CHANGED.name(),
                latestPayload(id).getBytes(StandardCharsets.UTF_8));
    }

    private String latestPayload(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> payloads = em.createNativeQuery("SELECT payload FROM outbox_event WHERE event_key = ?1 AND type = ?2"
                            + " ORDER BY seq DESC LIMIT 1")
                    .setParameter(1, id).setParameter(2, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED.name()).getResultList();
            return payloads.isEmpty() ? "" : payloads.get(0);
        });
    }

    private long number(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }
}
