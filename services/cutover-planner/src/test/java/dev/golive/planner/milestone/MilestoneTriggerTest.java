package dev.golive.planner.milestone;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.planner.support.Api;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.planner.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real Quartz triggers in the PostgreSQL job store, firing in real time a few seconds ahead. */
@QuarkusTest
class MilestoneTriggerTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    @Inject
    Scheduler quartz;

    @Inject
    Clock clock;

    @Test
    void milestones_a_few_seconds_ahead_fire_in_order_once_each_and_on_time() throws Exception {
        ZonedDateTime downtime = Api.secondsFromNow(8, SANTIAGO);
        Map<String, Object> body = Api.cutover(SANTIAGO.getId());
        body.put("policy", Api.imminentPolicy(downtime));
        String id = Api.create(body);

        try (RawTopicReader reader = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            as(OPS_LEAD).body(Map.of("downtimeStart", downtime.toLocalDateTime().toString()))
                    .put("/api/cutovers/" + id + "/window").then().statusCode(200);

            Predicate<ConsumerRecord<String, byte[]>> reached = CatalogEvents.of(id, EventCatalog.MILESTONE_REACHED);
            List<MilestoneReached> events = reader.awaitRecords(reached, 3, Duration.ofSeconds(30)).stream()
                    .map(r -> (MilestoneReached) CatalogEvents.decode(r)).toList();

            assertThat(events).extracting(MilestoneReached::milestone).containsExactly(
                    Milestone.STAGING_REFRESH_DEADLINE, Milestone.GO_NO_GO, Milestone.DOWNTIME_START);
            MilestoneReached downtimeStart = events.get(2);
            assertThat(downtimeStart.scheduledAt()).isEqualTo(downtime.toInstant());
            assertThat(downtimeStart.reachedAt()).isAfterOrEqualTo(downtime.toInstant());
            assertThat(downtimeStart.late()).isFalse();
            assertThat(downtimeStart.time().zone()).isEqualTo(SANTIAGO.getId());

            reader.awaitNone(reached.and(r -> ((MilestoneReached) CatalogEvents.decode(r)).milestone()
                    == Milestone.DOWNTIME_START), Duration.ofSeconds(3));
        }
        as(OPS_LEAD).get("/api/cutovers/" + id).then().statusCode(200)
                .body("window.milestones.find { it.milestone == 'DOWNTIME_START' }.reachedAt",
                        org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void a_milestone_missed_while_no_scheduler_ran_fires_once_on_recovery_marked_late() throws Exception {
        ZonedDateTime downtime = Api.secondsFromNow(6, SANTIAGO);
        Map<String, Object> body = Api.cutover(SANTIAGO.getId());
        body.put("policy", Api.imminentPolicy(downtime));
        String id = Api.create(body);

        try (RawTopicReader reader = RawTopicReader.atEnd(Api.bootstrap(), Topics.CUTOVER)) {
            quartz.standby();
            try {
                as(OPS_LEAD).body(Map.of("downtimeStart", downtime.toLocalDateTime().toString()))
                        .put("/api/cutovers/" + id + "/window").then().statusCode(200);
                // The service is "down" past the downtime start and past the lateness tolerance.
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> clock.instant().isAfter(downtime.toInstant().plusSeconds(5)));
            } finally {
                quartz.start();
            }

            Predicate<ConsumerRecord<String, byte[]>> downtimeReached = CatalogEvents.of(id,
                    EventCatalog.MILESTONE_REACHED)
                    .and(r -> ((MilestoneReached) CatalogEvents.decode(r)).milestone() == Milestone.DOWNTIME_START);
            MilestoneReached event = (MilestoneReached) CatalogEvents.decode(
                    reader.awaitRecords(downtimeReached, 1, Duration.ofSeconds(30)).get(0));
            assertThat(event.late()).isTrue();
            assertThat(event.latenessMillis()).isGreaterThanOrEqualTo(5_000);
            assertThat(event.scheduledAt()).isEqualTo(downtime.toInstant());

            reader.awaitNone(downtimeReached, Duration.ofSeconds(3));
        }
    }
}
