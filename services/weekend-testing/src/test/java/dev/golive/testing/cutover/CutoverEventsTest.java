package dev.golive.testing.cutover;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Cutovers;
import dev.golive.testing.support.Db;
import dev.golive.testkit.RawTopic;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer of golive.cutover.v1: the windows it keeps, redeliveries, and dead letters. */
@QuarkusTest
class CutoverEventsTest {

    private static final String DLQ = Topics.deadLetter(Topics.CUTOVER, "weekend-testing");

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
        String ceId = UUID.randomUUID().toString();
        Cutovers.Weekend weekend = Cutovers.Weekend.inWeeks(2);
        GoLiveWindowScheduled window = Cutovers.scheduled(id, 1, weekend);
        CatalogEvents.publish(Api.bootstrap(), window, ceId);
        CatalogEvents.publish(Api.bootstrap(), window, ceId);
        // Sent after both: once it is applied, so were they.
        String cancelled = CatalogEvents.publish(Api.bootstrap(), Cutovers.cancelled(id));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(CutoverEventsConsumer.CONSUMER, cancelled) == 1);

        assertThat(Db.processed(CutoverEventsConsumer.CONSUMER, ceId)).isEqualTo(1);
        CutoverProjection p = Db.projection(id).orElseThrow();
        assertThat(p.windowRevision).isEqualTo(1);
        assertThat(p.cancelledAt).isNotNull();
    }

    @Test
    void unreadable_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        GoLiveWindowScheduled window = Cutovers.scheduled(id, 1, Cutovers.Weekend.inWeeks(2));
        try (RawTopicReader dlq = RawTopicReader.atEnd(Api.bootstrap(), DLQ)) {
            RawTopic.write(Api.bootstrap(), Topics.CUTOVER, id, "{not json",
                    CatalogEvents.headers(UUID.randomUUID().toString(), EventCatalog.GO_LIVE_WINDOW_SCHEDULED.name(), id));
            Map<String, String> noType = new HashMap<>(CatalogEvents.headers(UUID.randomUUID().toString(),
                    EventCatalog.GO_LIVE_WINDOW_SCHEDULED.name(), id));
            noType.remove("ce_type");
            RawTopic.write(Api.bootstrap(), Topics.CUTOVER, id, EventCodec.toJson(window), noType);
            CatalogEvents.publish(Api.bootstrap(), window);

            List<ConsumerRecord<String, byte[]>> dead = dlq.awaitRecords(r -> id.equals(r.key()), 2, CatalogEvents.WAIT);
            assertThat(dead).extracting(RawTopicReader::text).containsExactly("{not json", EventCodec.toJson(window));
            assertThat(dead).allSatisfy(r -> assertThat(RawTopicReader.header(r, "dead-letter-reason")).isNotBlank());
            assertThat(RawTopicReader.header(dead.get(1), "dead-letter-reason")).contains("ce_type");

            await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(id, 1));
            dlq.awaitNone(r -> id.equals(r.key()), Duration.ofSeconds(1));
        }
    }
}
