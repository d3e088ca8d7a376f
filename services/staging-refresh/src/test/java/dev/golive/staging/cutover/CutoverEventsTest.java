package dev.golive.staging.cutover;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.staging.freshness.RefreshDeadlineJob;
import dev.golive.staging.support.Api;
import dev.golive.staging.support.CutoverEvents;
import dev.golive.staging.support.Db;
import dev.golive.staging.support.TestClock;
import dev.golive.testkit.ConsumerChecks;
import dev.golive.testkit.ConsumerChecks.Unreadable;
import dev.golive.testkit.RawTopic;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer of golive.cutover.v1: projection, refresh deadline trigger, idempotence, dead letters. */
@QuarkusTest
class CutoverEventsTest {

    private static final String DLQ = Topics.deadLetter(Topics.CUTOVER, "staging-refresh");

    @Inject
    Scheduler quartz;

    @Inject
    CutoverTriggers triggers;

    @Inject
    TestClock clock;

    private static Instant daysAhead(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private Optional<Instant> nextFire(String cutoverId) throws Exception {
        var trigger = quartz.getTrigger(new TriggerKey(RefreshDeadlineJob.NAME,
                CutoverTriggers.group(RefreshDeadlineJob.KIND, UUID.fromString(cutoverId))));
        return Optional.ofNullable(trigger).map(t -> t.getNextFireTime().toInstant());
    }

    private int triggerCount(String cutoverId) throws Exception {
        return quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(
                CutoverTriggers.group(RefreshDeadlineJob.KIND, UUID.fromString(cutoverId)))).size();
    }

    /** Writes a CutoverUpdated with a new zone and waits until it is applied: everything sent before it was too. */
    private static void barrier(String cutoverId, String zone) {
        CatalogEvents.publish(Api.bootstrap(), CutoverEvents.updated(cutoverId, 16, 19, Duration.ofHours(4), zone));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(cutoverId).map(p -> zone.equals(p.zone)).orElse(false));
    }

    @Test
    void a_scheduled_window_sets_the_refresh_deadline_trigger_and_a_reschedule_moves_it() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant deadline = daysAhead(10);
        CatalogEvents.publish(Api.bootstrap(), CutoverEvents.planned(id, 16, 19, Duration.ofHours(4)));
        CatalogEvents.publish(Api.bootstrap(), CutoverEvents.scheduled(id, 1, deadline, deadline.plus(Duration.ofDays(3))));

        await().atMost(CatalogEvents.WAIT).until(() -> nextFire(id).isPresent());
        assertThat(nextFire(id)).contains(deadline);
        assertThat(triggers.nextFireTime(RefreshDeadlineJob.KIND, UUID.fromString(id), RefreshDeadlineJob.NAME))
                .contains(deadline);
        CutoverProjection projection = Db.projection(id).orElseThrow();
        assertThat(projection.windowRevision).isEqualTo(1);
        assertThat(projection.refreshDeadline).isEqualTo(deadline);
        assertThat(projection.downtimeStart).isEqualTo(deadline.plus(Duration.ofDays(3)));
        assertThat(projection.sourceVersion).isEqualTo(16);
        assertThat(projection.targetVersion).isEqualTo(19);
        assertThat(projection.expectedDowntimeSeconds).isEqualTo(Duration.ofHours(4).toSeconds());

        Instant moved = daysAhead(17);
        CatalogEvents.publish(Api.bootstrap(), CutoverEvents.rescheduled(id, 2, moved, moved.plus(Duration.ofDays(3))));
        await().atMost(CatalogEvents.WAIT).until(() -> nextFire(id).equals(Optional.of(moved)));
        assertThat(triggerCount(id)).isEqualTo(1);

        // A window that is not newer than the one known (a late, older event) changes nothing.
        CatalogEvents.publish(Api.bootstrap(), CutoverEvents.rescheduled(id, 2, daysAhead(30), daysAhead(33)));
        CatalogEvents.publish(Api.bootstrap(), CutoverEvents.scheduled(id, 1, daysAhead(40), daysAhead(43)));
        barrier(id, "Europe/Paris");
        assertThat(nextFire(id)).contains(moved);
        assertThat(Db.projection(id).orElseThrow().windowRevision).isEqualTo(2);

        // Cancelling removes the trigger.
        CatalogEvents.publish(Api.bootstrap(), CutoverEvents.cancelled(id));
        await().atMost(CatalogEvents.WAIT).until(() -> nextFire(id).isEmpty());
        assertThat(triggerCount(id)).isZero();
        assertThat(Db.projection(id).orElseThrow().cancelledAt).isNotNull();
    }

    @Test
    void the_same_event_delivered_twice_changes_nothing_the_second_time() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant deadline = daysAhead(12);
        CutoverPlanned planned = CutoverEvents.planned(id, 16, 19, Duration.ofHours(4));
        GoLiveWindowScheduled window = CutoverEvents.scheduled(id, 1, deadline, deadline.plus(Duration.ofDays(3)));
        String plannedId = UUID.randomUUID().toString();

        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            CatalogEvents.publish(Api.bootstrap(), planned, plannedId);
            String windowId = ConsumerChecks.publishTwice(Api.bootstrap(), window);
            await().atMost(CatalogEvents.WAIT).until(() -> nextFire(id).isPresent());
            Instant firstApplied = Db.projection(id).orElseThrow().updatedAt;

            // Redelivered later: were it applied again, the projection would say so (updated an hour later).
            // The barrier is the known window again, which the projection ignores (its revision is not newer):
            // once it is recorded, so are those before it.
            clock.advance(Duration.ofHours(1));
            ConsumerChecks.redelivered(Api.bootstrap(), planned, plannedId, window,
                    ceId -> Db.processed(CutoverProjector.CONSUMER, ceId));

            assertThat(Db.projection(id).orElseThrow().updatedAt).isEqualTo(firstApplied);
            assertThat(triggerCount(id)).isEqualTo(1);
            assertThat(nextFire(id)).contains(deadline);
            assertThat(Db.projectionRows(id)).isEqualTo(1);
            assertThat(Db.processed(CutoverProjector.CONSUMER, windowId)).isEqualTo(1);
            // The first deliveries announced the first verdict (no rehearsal yet); the second ones nothing.
            List<ConsumerRecord<String, byte[]>> verdicts = staging.awaitRecords(
                    CatalogEvents.of(id, EventCatalog.STAGING_READINESS_CHANGED), 1, CatalogEvents.WAIT);
            assertThat(verdicts).hasSize(1);
            staging.awaitNone(CatalogEvents.of(id, EventCatalog.STAGING_READINESS_CHANGED), Duration.ofSeconds(2));
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_cutover_planned_without_its_required_fields_is_dead_lettered_naming_them_and_creates_nothing() {
        String id = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();

        try (RawTopicReader dlq = RawTopicReader.atEnd(Api.bootstrap(), DLQ);
             RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            // A known type with only its cutover id: it can never be applied, so it is not retried either.
            RawTopic.write(Api.bootstrap(), Topics.CUTOVER, id, "{\"cutoverId\":\"" + id + "\"}",
                    CatalogEvents.headers(ceId, EventCatalog.CUTOVER_PLANNED.name(), id));

            ConsumerRecord<String, byte[]> dead = dlq.awaitRecords(r -> id.equals(r.key()), 1, CatalogEvents.WAIT).get(0);
            assertThat(RawTopicReader.header(dead, "dead-letter-reason")).contains(
                    "golive.cutover.CutoverPlanned.v1 is missing required fields: name, client, erpProduct, "
                            + "sourceVersion, targetVersion, upgradePath, zone, onCallTeam, policy, blackouts, "
                            + "plannedBy, plannedAt");

            // No cutover, no readiness verdict about it, not even a record that the event was applied.
            staging.awaitNone(r -> id.equals(r.key()), Duration.ofSeconds(2));
            assertThat(Db.projectionRows(id)).isZero();
            assertThat(Db.processed(CutoverProjector.CONSUMER, ceId)).isZero();
        }
    }

    @Test
    void unreadable_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_still_applied() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant deadline = daysAhead(11);
        GoLiveWindowScheduled window = CutoverEvents.scheduled(id, 1, deadline, deadline.plus(Duration.ofDays(3)));

        // A payload that is not JSON, a good payload without its ce_type header, then a good one.
        ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), "staging-refresh", Unreadable.withoutType(window), window,
                () -> nextFire(id).isPresent());
        assertThat(nextFire(id)).contains(deadline);
    }

    @Test
    void events_staging_refresh_does_not_act_on_leave_no_inbox_row_and_a_milestone_after_them_is_applied() {
        String id = UUID.randomUUID().toString();
        Instant deadline = daysAhead(13);
        CatalogEvents.publish(Api.bootstrap(), CutoverEvents.scheduled(id, 1, deadline, deadline.plus(Duration.ofDays(3))));
        Instant now = Instant.now();
        String status = CatalogEvents.publish(Api.bootstrap(), new CutoverStatusChanged(id, CutoverStatus.DRAFT,
                CutoverStatus.SCHEDULED, null, "olivia", now));
        String gate = CatalogEvents.publish(Api.bootstrap(), new GateChanged(id, "STAGING_READY", "BLOCKED",
                List.of("no rehearsal yet"), now));
        // The milestone re-judges freshness at "now", so it is taken; on the same partition after the others,
        // once it is recorded they were taken (and skipped) too.
        String reached = CatalogEvents.publish(Api.bootstrap(), CutoverEvents.reached(id, 1,
                Milestone.STAGING_REFRESH_DEADLINE, deadline));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(CutoverProjector.CONSUMER, reached) == 1);

        assertThat(Db.processed(CutoverProjector.CONSUMER, status)).isZero();
        assertThat(Db.processed(CutoverProjector.CONSUMER, gate)).isZero();
        assertThat(Db.projection(id).orElseThrow().refreshDeadline).isEqualTo(deadline);
    }
}
