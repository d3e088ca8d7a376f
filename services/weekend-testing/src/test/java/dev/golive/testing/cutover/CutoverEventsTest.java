package dev.golive.testing.cutover;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Cutovers;
import dev.golive.testing.support.Db;
import dev.golive.testkit.ConsumerChecks;
import dev.golive.testkit.ConsumerChecks.Unreadable;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer of golive.cutover.v1: the windows it keeps, redeliveries, and dead letters. */
@QuarkusTest
class CutoverEventsTest {

    @Test
    void a_window_gives_the_testing_and_roster_windows_and_a_reschedule_moves_them() {
        String id = UUID.randomUUID().toString();
        Cutovers.Weekend first = Cutovers.Weekend.inWeeks(2);
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, first));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(id, 1));
        CutoverProjection p = Db.projection(id).orElseThrow();
        assertThat(p.zone).isEqualTo(Cutovers.ZONE);
        assertThat(p.testingStart).isEqualTo(first.testingStart());
        assertThat(p.testingEnd).isEqualTo(first.testingEnd());
        assertThat(p.downtimeStart).isEqualTo(first.downtimeStart());
        assertThat(p.businessResume).isEqualTo(first.businessResume());

        Cutovers.Weekend second = Cutovers.Weekend.inWeeks(3);
        CatalogEvents.publish(Api.bootstrap(), Cutovers.rescheduled(id, 2, second, first));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(id, 2));
        assertThat(Db.projection(id).orElseThrow().testingStart).isEqualTo(second.testingStart());
    }

    @Test
    void the_same_event_delivered_twice_is_applied_once() {
        String id = UUID.randomUUID().toString();
        Cutovers.Weekend weekend = Cutovers.Weekend.inWeeks(2);
        GoLiveWindowScheduled window = Cutovers.scheduled(id, 1, weekend);
        // The cancellation, sent after both: once it is applied, so were they.
        ConsumerChecks.deliveredTwice(Api.bootstrap(), window, Cutovers.cancelled(id),
                ceId -> Db.processed(CutoverProjector.CONSUMER, ceId));

        CutoverProjection p = Db.projection(id).orElseThrow();
        assertThat(p.windowRevision).isEqualTo(1);
        assertThat(p.cancelledAt).isNotNull();
    }

    @Test
    void unreadable_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        GoLiveWindowScheduled window = Cutovers.scheduled(id, 1, Cutovers.Weekend.inWeeks(2));
        ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), "weekend-testing", Unreadable.withoutType(window), window,
                () -> Db.windowKnown(id, 1));
    }

    @Test
    void events_weekend_testing_does_not_act_on_leave_no_inbox_row_and_the_window_after_them_is_applied() {
        String id = UUID.randomUUID().toString();
        Cutovers.Weekend weekend = Cutovers.Weekend.inWeeks(2);
        Instant now = Instant.now();
        String gate = CatalogEvents.publish(Api.bootstrap(), new GateChanged(id, "ON_CALL_COVERED", "BLOCKED",
                List.of("nobody on call"), now));
        String reached = CatalogEvents.publish(Api.bootstrap(), Cutovers.reached(id, 1, Milestone.DOWNTIME_START, now));
        // On the same partition after both: once it is applied, both were taken (and skipped).
        String window = CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, weekend));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(id, 1));

        assertThat(Db.processed(CutoverProjector.CONSUMER, window)).isEqualTo(1);
        assertThat(Db.processed(CutoverProjector.CONSUMER, gate)).isZero();
        assertThat(Db.processed(CutoverProjector.CONSUMER, reached)).isZero();
        assertThat(Db.projection(id).orElseThrow().testingStart).isEqualTo(weekend.testingStart());
    }
}
