package dev.golive.integration.cutover;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.integration.probe.ProbeSchedule;
import dev.golive.integration.support.Api;
import dev.golive.integration.support.Db;
import dev.golive.integration.support.Events;
import dev.golive.integration.support.LoopbackServers;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The cutover projection and the scheduled probe runs follow the window: scheduled, moved, stale, cancelled. */
@QuarkusTest
class CutoverEventsTest {

    @Inject
    CutoverTriggers triggers;

    @Inject
    Vertx vertx;

    /** When each scheduled probe run of the cutover fires next, by name. */
    private Map<String, Instant> scheduled(UUID cutoverId) {
        return triggers.nextFireTimes(ProbeSchedule.KIND, cutoverId);
    }

    @Test
    void probe_runs_are_planned_before_the_downtime_moved_with_the_window_and_removed_on_cancel() {
        String cutoverId = UUID.randomUUID().toString();
        UUID id = UUID.fromString(cutoverId);
        Instant soon = Events.inDays(3);
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutoverId, 1, soon));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(cutoverId, 1));
        // Seven days before a downtime three days ahead is past: only the day-before run is planned.
        assertThat(scheduled(id)).containsExactly(Map.entry("BEFORE-P1D", soon.minus(Duration.ofDays(1))));
        CutoverProjection projection = Db.projection(cutoverId).orElseThrow();
        assertThat(projection.goLiveDate).isEqualTo(soon.atZone(ZoneId.of(Events.ZONE)).toLocalDate());
        assertThat(projection.systemBackExpected).isEqualTo(soon.plus(Events.DOWNTIME));

        Instant later = Events.inDays(20);
        CatalogEvents.publish(Api.bootstrap(), Events.rescheduled(cutoverId, 2, later));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(cutoverId, 2));
        assertThat(scheduled(id)).containsExactly(
                Map.entry("BEFORE-P1D", later.minus(Duration.ofDays(1))),
                Map.entry("BEFORE-P7D", later.minus(Duration.ofDays(7))));

        // A late event of the first window changes nothing.
        String stale = CatalogEvents.publish(Api.bootstrap(), Events.rescheduled(cutoverId, 1, soon));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(CutoverProjector.CONSUMER, stale) == 1);
        assertThat(Db.projection(cutoverId).orElseThrow().windowRevision).isEqualTo(2);
        assertThat(scheduled(id)).containsKeys("BEFORE-P1D", "BEFORE-P7D")
                .containsEntry("BEFORE-P7D", later.minus(Duration.ofDays(7)));

        CatalogEvents.publish(Api.bootstrap(), Events.cancelled(cutoverId));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(cutoverId).orElseThrow().cancelled());
        assertThat(scheduled(id)).isEmpty();
    }

    @Test
    void a_scheduled_run_fires_at_its_instant_and_runs_every_probe_of_the_cutover() {
        String cutoverId = Api.knownCutover();
        try (LoopbackServers servers = LoopbackServers.start(vertx);
             RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            String carrier = Api.register(cutoverId, Api.integrationBody("Carrier", "HIGH", true, List.of()));
            String probe = Api.probe(cutoverId, carrier, Map.of("target", servers.http("/health")));
            // The day-before run falls three seconds from now.
            CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutoverId, 1, Instant.now().plus(Duration.ofDays(1)).plusSeconds(3)));

            ProbeCompleted completed = CatalogEvents.await(integration, cutoverId, EventCatalog.PROBE_COMPLETED, 1).get(0);
            assertThat(completed.probeId()).isEqualTo(probe);
            assertThat(completed.scheduled()).isTrue();
            assertThat(completed.outcome()).isEqualTo("PASSED");
            assertThat(servers.hits("/health")).isEqualTo(1);
            await().atMost(CatalogEvents.WAIT).until(() -> scheduled(UUID.fromString(cutoverId)).isEmpty());
        }
    }
}
