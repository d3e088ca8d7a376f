package dev.golive.rollback.pnr;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.Topics;
import dev.golive.contracts.rollback.PointOfNoReturnApproaching;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Cutovers;
import dev.golive.rollback.support.Db;
import dev.golive.rollback.support.TestClock;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The point of no return from the cutover's window, and its one-shot Quartz triggers: real
 * triggers in the PostgreSQL job store, firing in real time a few seconds ahead (the test profile
 * warns 4 s and 2 s before the point instead of 4 h and 1 h).
 */
@QuarkusTest
class PointOfNoReturnTriggerTest {

    @Inject
    PointOfNoReturnSchedule schedule;

    @Inject
    TestClock clock;

    private Map<String, Instant> scheduled(String cutoverId) {
        return schedule.scheduled(UUID.fromString(cutoverId));
    }

    /** A window far ahead, applied: the consumer is assigned and running before a test's clock starts ticking. */
    private static void consumerRunning() {
        String warmUp = UUID.randomUUID().toString();
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(warmUp, 1, Cutovers.inDays(30)));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(warmUp, 1));
    }

    @Test
    void a_window_sets_the_point_of_no_return_and_its_triggers_fire_in_order_approaching_twice_then_passed() {
        consumerRunning();
        String id = UUID.randomUUID().toString();
        Instant pnr = Cutovers.inSeconds(8);

        try (RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, pnr));

            Predicate<ConsumerRecord<String, byte[]>> pnrEvents = CatalogEvents.of(id, EventCatalog.POINT_OF_NO_RETURN_APPROACHING)
                    .or(CatalogEvents.of(id, EventCatalog.POINT_OF_NO_RETURN_PASSED));
            List<GoliveEvent> fired = rollback.awaitRecords(pnrEvents, 3, CatalogEvents.WAIT).stream()
                    .map(CatalogEvents::decode).toList();

            assertThat(fired).hasExactlyElementsOfTypes(PointOfNoReturnApproaching.class,
                    PointOfNoReturnApproaching.class, PointOfNoReturnPassed.class);
            PointOfNoReturnApproaching first = (PointOfNoReturnApproaching) fired.get(0);
            PointOfNoReturnApproaching second = (PointOfNoReturnApproaching) fired.get(1);
            PointOfNoReturnPassed passed = (PointOfNoReturnPassed) fired.get(2);
            assertThat(first.timeLeft()).isEqualTo(Duration.ofSeconds(4));
            assertThat(first.at()).isAfterOrEqualTo(pnr.minusSeconds(4));
            assertThat(second.timeLeft()).isEqualTo(Duration.ofSeconds(2));
            assertThat(second.at()).isAfterOrEqualTo(pnr.minusSeconds(2));
            assertThat(passed.at()).isAfterOrEqualTo(pnr);
            assertThat(List.of(first.pointOfNoReturn(), second.pointOfNoReturn(), passed.pointOfNoReturn()))
                    .containsOnly(pnr);
            assertThat(List.of(first.windowRevision(), second.windowRevision(), passed.windowRevision())).containsOnly(1);
            // On time, each says how late its trigger fired: a little, never absent.
            assertThat(List.of(first.latenessMillis(), second.latenessMillis(), passed.latenessMillis()))
                    .doesNotContainNull().allMatch(lateness -> lateness >= 0);

            // Passing the point re-assesses: fixing forward is now the only way that finishes in time.
            RollbackAssessmentChanged afterPassing = CatalogEvents.await(rollback, id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 2)
                    .get(1);
            assertThat(afterPassing.reasons()).anyMatch(r -> r.startsWith("PAST_POINT_OF_NO_RETURN"));
            assertThat(afterPassing.timeToPointOfNoReturn().isNegative() || afterPassing.timeToPointOfNoReturn().isZero()).isTrue();

            rollback.awaitNone(pnrEvents, Duration.ofSeconds(2));
        }
        assertThat(scheduled(id)).isEmpty();
    }

    @Test
    void triggers_that_fire_while_the_service_thinks_it_is_ten_minutes_later_say_how_late_and_warn_no_more() {
        consumerRunning();
        String id = UUID.randomUUID().toString();
        Instant pnr = Cutovers.inSeconds(6);

        try (RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, pnr));
            await().atMost(CatalogEvents.WAIT).until(() -> scheduled(id).size() == 3);
            // Quartz fires by real time; the service's clock says every instance was down for ten minutes.
            clock.advance(Duration.ofMinutes(10));

            PointOfNoReturnPassed passed = CatalogEvents.await(rollback, id, EventCatalog.POINT_OF_NO_RETURN_PASSED, 1).get(0);
            assertThat(passed.latenessMillis()).isGreaterThanOrEqualTo(Duration.ofMinutes(10).toMillis());
            assertThat(passed.pointOfNoReturn()).isEqualTo(pnr);
            // The warnings came due too, but after the point itself: telling "4 s left" would be false.
            rollback.awaitNone(CatalogEvents.of(id, EventCatalog.POINT_OF_NO_RETURN_APPROACHING), Duration.ofSeconds(2));
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_moved_window_moves_the_triggers_an_older_window_is_ignored_and_cancelling_removes_them() {
        String id = UUID.randomUUID().toString();
        Instant pnr = Cutovers.inDays(10);
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, pnr));
        await().atMost(CatalogEvents.WAIT).until(() -> scheduled(id).size() == 3);
        assertThat(scheduled(id)).containsOnly(
                Map.entry("APPROACHING-PT4S", pnr.minusSeconds(4)),
                Map.entry("APPROACHING-PT2S", pnr.minusSeconds(2)),
                Map.entry("PASSED", pnr));

        Instant moved = Cutovers.inDays(17);
        CatalogEvents.publish(Api.bootstrap(), Cutovers.rescheduled(id, 2, moved));
        await().atMost(CatalogEvents.WAIT).until(() -> moved.equals(scheduled(id).get("PASSED")));
        assertThat(scheduled(id)).hasSize(3).containsEntry("APPROACHING-PT4S", moved.minusSeconds(4));
        assertThat(Db.projection(id).orElseThrow().pointOfNoReturn).isEqualTo(moved);

        // A window that is not newer than the one known (a late, older event) changes nothing;
        // the system coming back, sent after it, shows when everything before it was applied.
        CatalogEvents.publish(Api.bootstrap(), Cutovers.rescheduled(id, 2, Cutovers.inDays(30)));
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, Cutovers.inDays(40)));
        Instant back = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        CatalogEvents.publish(Api.bootstrap(), Cutovers.systemBackObserved(id, 2, back, back.minusSeconds(600)));
        await().atMost(CatalogEvents.WAIT).until(() -> back.equals(Db.projection(id).orElseThrow().systemBackAt));
        assertThat(Db.projection(id).orElseThrow().windowRevision).isEqualTo(2);
        assertThat(Db.projection(id).orElseThrow().pointOfNoReturn).isEqualTo(moved);
        assertThat(scheduled(id)).containsEntry("PASSED", moved);

        CatalogEvents.publish(Api.bootstrap(), Cutovers.cancelled(id));
        await().atMost(CatalogEvents.WAIT).until(() -> scheduled(id).isEmpty());
        assertThat(Db.projection(id).orElseThrow().cancelledAt).isNotNull();
    }
}
