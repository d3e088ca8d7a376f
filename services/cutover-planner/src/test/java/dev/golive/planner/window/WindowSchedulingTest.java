package dev.golive.planner.window;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.planner.milestone.MilestoneTriggers;
import dev.golive.planner.support.Api;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.planner.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class WindowSchedulingTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    MilestoneTriggers triggers;

    /** A Friday far enough ahead to respect the default 14-day lead time. */
    private static LocalDate eligibleFriday(int weeksLater) {
        return LocalDate.now(LONDON).plusDays(15).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                .plusWeeks(weeksLater);
    }

    /** The first Friday whose 17:00 in London is at least the default 14 days of lead time away. */
    private static LocalDate firstEligibleFriday() {
        Instant earliest = Instant.now().plus(Duration.ofDays(14));
        LocalDate friday = LocalDate.now(LONDON).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        while (friday.atTime(17, 0).atZone(LONDON).toInstant().isBefore(earliest)) {
            friday = friday.plusWeeks(1);
        }
        return friday;
    }

    @Test
    void proposals_are_fridays_at_17_with_every_milestone_and_skip_a_blackout_with_its_reason() {
        Map<String, Object> body = Api.cutover("Europe/London");
        LocalDate blocked = firstEligibleFriday();
        body.put("blackouts", List.of(Map.of("from", blocked.minusDays(1).toString(),
                "to", blocked.plusDays(1).toString(), "reason", "Month-end close")));
        String id = Api.create(body);

        as(OPS_LEAD).queryParam("count", 3).get("/api/cutovers/" + id + "/window-proposals")
                .then().statusCode(200)
                .body("windows", hasSize(3))
                .body("windows[0].milestones", hasSize(Milestone.values().length))
                .body("windows[0].milestones.milestone", hasItem("POINT_OF_NO_RETURN"))
                .body("windows[0].downtimeStart", equalTo(blocked.plusWeeks(1) + "T17:00:00"))
                .body("skipped.find { it.downtimeStart == '" + blocked + "T17:00:00' }.reasons.kind",
                        org.hamcrest.Matchers.contains("BLACKOUT"))
                .body("skipped.reasons.flatten().kind", hasItem("BLACKOUT"))
                .body("skipped.reasons.flatten().kind", hasItem("BEFORE_MINIMUM_LEAD_TIME"));
    }

    @Test
    void scheduling_stores_the_milestones_creates_triggers_and_publishes_the_event_with_cloud_event_headers() {
        String id = Api.create(Api.cutover("Europe/London"));
        LocalDateTime start = eligibleFriday(1).atTime(17, 0);

        try (RawTopicReader reader = new RawTopicReader(Api.bootstrap(), Topics.CUTOVER)) {
            as(OPS_LEAD).body(Map.of("downtimeStart", start.toString()))
                    .put("/api/cutovers/" + id + "/window")
                    .then().statusCode(200)
                    .body("status", equalTo("SCHEDULED"))
                    .body("window.revision", equalTo(1))
                    .body("window.milestones", hasSize(8));

            List<ConsumerRecord<String, byte[]>> records = reader.awaitRecords(
                    r -> id.equals(r.key()) && "golive.cutover.GoLiveWindowScheduled.v1"
                            .equals(RawTopicReader.header(r, CloudEventHeaders.TYPE)), 1, Duration.ofSeconds(20));
            ConsumerRecord<String, byte[]> record = records.get(0);
            assertThat(RawTopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
            assertThat(RawTopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("golive/cutover-planner");
            assertThat(RawTopicReader.header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(RawTopicReader.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(RawTopicReader.header(record, CloudEventHeaders.TIME)).isNotBlank();

            GoLiveWindowScheduled event = (GoLiveWindowScheduled) EventCodec.fromJson(
                    RawTopicReader.header(record, CloudEventHeaders.TYPE), record.value());
            assertThat(event.windowRevision()).isEqualTo(1);
            assertThat(event.milestones()).hasSize(8);
            assertThat(event.milestones()).filteredOn(m -> m.milestone() == Milestone.DOWNTIME_START)
                    .singleElement()
                    .satisfies(m -> {
                        assertThat(m.local()).isEqualTo(start);
                        assertThat(m.instant()).isEqualTo(start.atZone(LONDON).toInstant());
                    });
        }
        assertThat(triggers.count(UUID.fromString(id))).isEqualTo(8);
        assertThat(triggers.nextFire(UUID.fromString(id), Milestone.DOWNTIME_START))
                .contains(start.atZone(LONDON).toInstant());
    }

    @Test
    void rescheduling_moves_the_triggers_and_publishes_the_previous_and_new_window() {
        String id = Api.create(Api.cutover("Europe/London"));
        LocalDateTime first = eligibleFriday(1).atTime(17, 0);
        LocalDateTime second = eligibleFriday(3).atTime(17, 0);
        as(OPS_LEAD).body(Map.of("downtimeStart", first.toString())).put("/api/cutovers/" + id + "/window")
                .then().statusCode(200);

        try (RawTopicReader reader = new RawTopicReader(Api.bootstrap(), Topics.CUTOVER)) {
            as(OPS_LEAD).body(Map.of("downtimeStart", second.toString(), "reason", "key user on holiday"))
                    .put("/api/cutovers/" + id + "/window")
                    .then().statusCode(200)
                    .body("window.revision", equalTo(2));

            ConsumerRecord<String, byte[]> record = reader.awaitRecords(r -> id.equals(r.key())
                    && "golive.cutover.GoLiveWindowRescheduled.v1".equals(RawTopicReader.header(r, CloudEventHeaders.TYPE)),
                    1, Duration.ofSeconds(20)).get(0);
            GoLiveWindowRescheduled event = (GoLiveWindowRescheduled) EventCodec.fromJson(
                    "golive.cutover.GoLiveWindowRescheduled.v1", record.value());
            assertThat(event.reason()).isEqualTo("key user on holiday");
            assertThat(event.previousMilestones()).anySatisfy(m -> assertThat(m.local()).isEqualTo(first));
            assertThat(event.milestones()).anySatisfy(m -> assertThat(m.local()).isEqualTo(second));
        }
        Instant moved = second.atZone(LONDON).toInstant();
        assertThat(triggers.nextFire(UUID.fromString(id), Milestone.DOWNTIME_START)).contains(moved);
        assertThat(triggers.count(UUID.fromString(id))).isEqualTo(8);
    }

    @Test
    void cancelling_removes_every_trigger() {
        String id = Api.create(Api.cutover("Europe/London"));
        as(OPS_LEAD).body(Map.of("downtimeStart", eligibleFriday(1).atTime(17, 0).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);
        assertThat(triggers.count(UUID.fromString(id))).isEqualTo(8);

        as(OPS_LEAD).body(Map.of("reason", "upgrade postponed to next year"))
                .post("/api/cutovers/" + id + "/cancel").then().statusCode(200);

        assertThat(triggers.count(UUID.fromString(id))).isZero();
        as(OPS_LEAD).body(Map.of("downtimeStart", eligibleFriday(2).atTime(17, 0).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(409);
    }

    @Test
    void a_window_in_the_past_is_refused_and_changes_nothing() {
        String id = Api.create(Api.cutover("Europe/London"));
        as(OPS_LEAD).body(Map.of("downtimeStart", "2020-01-03T17:00"))
                .put("/api/cutovers/" + id + "/window")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("downtimeStart"));
        as(OPS_LEAD).get("/api/cutovers/" + id).then().body("status", equalTo("DRAFT")).body("window", equalTo(null));
        assertThat(triggers.count(UUID.fromString(id))).isZero();
    }

    @Test
    void the_same_team_cannot_take_the_same_weekend_twice() {
        Map<String, Object> body = Api.cutover("Europe/London");
        String first = Api.create(body);
        String second = Api.create(body);
        String downtime = eligibleFriday(2).atTime(17, 0).toString();
        as(OPS_LEAD).body(Map.of("downtimeStart", downtime)).put("/api/cutovers/" + first + "/window")
                .then().statusCode(200);

        as(OPS_LEAD).body(Map.of("downtimeStart", downtime)).put("/api/cutovers/" + second + "/window")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("reasons[0]", org.hamcrest.Matchers.startsWith("TEAM_CONFLICT"));

        as(OPS_LEAD).queryParam("count", 5).get("/api/cutovers/" + second + "/window-proposals")
                .then().statusCode(200)
                .body("windows.downtimeStart", org.hamcrest.Matchers.not(hasItem(downtime + ":00")))
                .body("skipped.find { it.downtimeStart == '" + downtime + ":00' }.reasons.kind",
                        org.hamcrest.Matchers.contains("TEAM_CONFLICT"));
    }

    @Test
    void a_blackout_added_over_a_scheduled_weekend_is_refused() {
        String id = Api.create(Api.cutover("Europe/London"));
        LocalDate friday = eligibleFriday(1);
        as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(17, 0).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);

        as(OPS_LEAD).body(Map.of("blackouts", List.of(Map.of("from", friday.plusDays(3).toString(),
                        "to", friday.plusDays(3).toString(), "reason", "Bank holiday"))))
                .patch("/api/cutovers/" + id)
                .then().statusCode(409)
                .body("reasons[0]", org.hamcrest.Matchers.startsWith("BLACKOUT"));
        as(OPS_LEAD).get("/api/cutovers/" + id).then().body("blackouts", hasSize(0))
                .body("window.revision", equalTo(1));
    }
}
