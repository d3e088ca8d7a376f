package dev.golive.planner.outbox;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventType;
import dev.golive.messaging.outbox.OutboxEvent;
import dev.golive.contracts.Topics;
import dev.golive.planner.support.Api;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.planner.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the broker stopped, changes still succeed and the service stays ready; their events wait in the
 * outbox and arrive later, in order.
 */
@QuarkusTest
class BrokerOutageTest {

    @Test
    void scheduling_succeeds_while_kafka_is_down_and_the_events_arrive_once_it_is_back() {
        KafkaBroker broker = KafkaBroker.shared();
        String id;
        broker.stop();
        try {
            id = Api.create(Api.cutover("Africa/Casablanca"));
            LocalDate friday = LocalDate.now(ZoneId.of("Africa/Casablanca")).plusDays(15)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(17, 0).toString()))
                    .put("/api/cutovers/" + id + "/window").then().statusCode(200);

            String key = id;
            assertThat(pending(key)).isEqualTo(3); // planned, window scheduled, status changed
            // Still ready while the broker is away (the outbox absorbs the outage), and saying what waits.
            RestAssured.given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'outbox' }.data.backlog", greaterThanOrEqualTo(3));
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> pending(id) == 0);
        // A send the broker took while the relay's wait for its answer ran out (the broker was just back)
        // is sent again with the same event id: delivery is at least once, and consumers apply an id once
        // (ADR 7). What must hold: every event arrives, in order, and no other event does.
        try (RawTopicReader reader = RawTopicReader.fromBeginning(Api.bootstrap(), Topics.CUTOVER)) {
            List<String> ids = new ArrayList<>();
            long previousOffset = -1;
            for (EventType<?> type : List.of(EventCatalog.CUTOVER_PLANNED, EventCatalog.GO_LIVE_WINDOW_SCHEDULED,
                    EventCatalog.CUTOVER_STATUS_CHANGED)) {
                var first = reader.awaitRecords(r -> id.equals(r.key())
                        && type.name().equals(RawTopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(60)).get(0);
                assertThat(first.offset()).as(type.name() + " after the one before").isGreaterThan(previousOffset);
                previousOffset = first.offset();
                ids.add(RawTopicReader.header(first, "ce_id"));
            }
            reader.awaitNone(r -> id.equals(r.key()) && !ids.contains(RawTopicReader.header(r, "ce_id")),
                    Duration.ofSeconds(1));
        }
    }

    private static long pending(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("key = ?1 and publishedAt is null", key));
    }
}
