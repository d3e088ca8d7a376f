package dev.golive.runbook.cutover;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.runbook.support.Weekends;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.golive.runbook.support.Weekends.as;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A detection storm on one cutover as the runbook sees it: thousands of IncidentReported, each
 * followed by a RollbackAssessmentChanged, then resolutions. The runbook writes one line of the
 * weekend's timeline per event and recomputes nothing (its projection does not depend on
 * incidents), so what an event costs must not grow with the events before it. The events are
 * applied the way the consumer applies them (one transaction each), without the broker, so that the
 * figures printed are the runbook's own work. Figures are printed, never asserted on time.
 */
@QuarkusTest
class IncidentEventsGrowthTest {

    private static final int INCIDENTS = 2_000;
    private static final int WINDOW = 200;

    @Inject
    OtherTopics topics;

    @Inject
    EntityManager em;

    @Test
    void thousands_of_incidents_cost_the_runbook_one_timeline_line_each_and_announce_nothing() {
        storm("assessments naming a few incidents (as announced now)", false);
        // The same storm with assessments shaped as rollback-decision announced them before issue 20,
        // naming every open incident: the runbook's own work is the same, reading the event is not.
        storm("assessments naming every open incident (before issue 20)", true);
    }

    private void storm(String shape, boolean everyIncidentNamed) {
        String id = Weekends.cutoverWithWindow(Instant.now().plus(Duration.ofDays(4)));
        as(OPS_LEAD).body("{}").post("/api/cutovers/" + id + "/runbook").then().statusCode(201);
        UUID cutoverId = UUID.fromString(id);
        long outboxBefore = outbox(id);
        long linesBefore = lines(id);

        String first = null;
        String last = null;
        long largest = 0;
        for (int i = 0; i < INCIDENTS; i += WINDOW) {
            long started = System.nanoTime();
            for (int j = i; j < i + WINDOW; j++) {
                apply(cutoverId, reported(id, j));
                largest = Math.max(largest, apply(cutoverId, everyIncidentNamed ? assessedNamingAll(id, j) : assessed(id, j)));
            }
            String figures = String.format("%,d us/event", (System.nanoTime() - started) / 1_000 / (2 * WINDOW));
            if (i == 0) {
                first = figures;
            }
            last = figures;
        }
        System.out.printf("runbook, %d incidents and as many %s on one cutover:%n", INCIDENTS, shape);
        System.out.printf("  incidents 1-%d:      %s%n", WINDOW, first);
        System.out.printf("  incidents %d-%d: %s%n", INCIDENTS - WINDOW + 1, INCIDENTS, last);
        System.out.printf("  largest RollbackAssessmentChanged read: %,d bytes%n", largest);
        for (int j = 0; j < INCIDENTS; j++) {
            apply(cutoverId, new IncidentResolved(id, "incident-" + j, "restarted the scanners", "nina", Instant.now()));
        }

        assertThat(lines(id) - linesBefore).isEqualTo(3L * INCIDENTS);
        assertThat(longestLine(id)).isLessThanOrEqualTo(2_000);
        assertThat(outbox(id)).as("nothing announced").isEqualTo(outboxBefore);
    }

    private static IncidentReported reported(String id, int i) {
        return new IncidentReported(id, "incident-" + i, "Scanners reject orders " + i, null, "INVENTORY_AND_DELIVERY",
                "CRITICAL", false, false, false, null, "OPEN", "weekend-testing", "scenario-" + i, "weekend-testing",
                Instant.now());
    }

    /** What rollback-decision announces after each: a few incidents named, the others counted. */
    private static RollbackAssessmentChanged assessed(String id, int i) {
        return new RollbackAssessmentChanged(id, UUID.randomUUID().toString(), "ROLL_BACK",
                List.of("SYSTEM_UNUSABLE: the system cannot be used at all (\"Scanners reject orders 0\", "
                        + "\"Scanners reject orders 1\", \"Scanners reject orders 2\" and " + (i - 2) + " more)"),
                List.of("incident-0", "incident-1", "incident-2"), Duration.ofHours(30),
                Instant.now().plus(Duration.ofHours(30)), Duration.ZERO, Instant.now(), (long) i + 1);
    }

    private static RollbackAssessmentChanged assessedNamingAll(String id, int i) {
        List<String> open = IntStream.rangeClosed(0, i).mapToObj(j -> "incident-" + j).toList();
        String titles = IntStream.rangeClosed(0, i).mapToObj(j -> "\"Scanners reject orders " + j + "\"")
                .collect(Collectors.joining(", "));
        return new RollbackAssessmentChanged(id, UUID.randomUUID().toString(), "ROLL_BACK",
                List.of("SYSTEM_UNUSABLE: the system cannot be used at all (" + titles + ")"), open,
                Duration.ofHours(30), Instant.now().plus(Duration.ofHours(30)), Duration.ZERO, Instant.now());
    }

    /** Applies the event as the consumer does: read from its JSON, then applied in a transaction of its own. */
    private long apply(UUID cutoverId, GoliveEvent event) {
        String type = EventCatalog.of(event).name();
        byte[] json = EventCodec.toJson(event).getBytes(StandardCharsets.UTF_8);
        QuarkusTransaction.requiringNew().run(() -> topics.apply(cutoverId, EventCodec.fromJson(type, json)));
        return json.length;
    }

    private long lines(String id) {
        return number("SELECT count(*) FROM weekend_log WHERE cutover_id = cast(?1 AS uuid)", id);
    }

    private long longestLine(String id) {
        return number("SELECT coalesce(max(char_length(text)), 0) FROM weekend_log WHERE cutover_id = cast(?1 AS uuid)", id);
    }

    private long outbox(String id) {
        return number("SELECT count(*) FROM outbox_event WHERE event_key = ?1", id);
    }

    private long number(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }
}
