package dev.golive.integration.messaging;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.integration.cutover.CutoverEventsConsumer;
import dev.golive.integration.staging.StagingEventsConsumer;
import dev.golive.integration.support.Api;
import dev.golive.integration.support.Db;
import dev.golive.integration.support.Events;
import dev.golive.testkit.DemoUsers;
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

import static dev.golive.integration.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both consumed topics: a redelivered event changes nothing; an unreadable one goes to the dead letter topic and the next one is applied. */
@QuarkusTest
class ConsumedEventsTest {

    private static final String CUTOVER_DLQ = Topics.deadLetter(Topics.CUTOVER, "integration-readiness");
    private static final String STAGING_DLQ = Topics.deadLetter(Topics.STAGING, "integration-readiness");
    private static final String ITEM = "CHANGED_FIELDS_AND_MODELS";

    @Test
    void a_window_event_delivered_twice_is_applied_once() {
        String id = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        GoLiveWindowScheduled window = Events.scheduled(id, 1, Events.inDays(12));
        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            CatalogEvents.publish(Api.bootstrap(), window, ceId);
            CatalogEvents.publish(Api.bootstrap(), window, ceId);
            // Sent after both: once it is applied, so were they.
            String after = CatalogEvents.publish(Api.bootstrap(), Events.rescheduled(id, 2, Events.inDays(13)));
            await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(CutoverEventsConsumer.CONSUMER, after) == 1);

            assertThat(Db.processed(CutoverEventsConsumer.CONSUMER, ceId)).isEqualTo(1);
            // The cutover's (empty) verdict was announced once, for the first window; the second did not change it.
            assertThat(CatalogEvents.await(integration, id, EventCatalog.INTEGRATION_READINESS_CHANGED, 1)).hasSize(1);
            integration.awaitNone(CatalogEvents.of(id, EventCatalog.INTEGRATION_READINESS_CHANGED), Duration.ofSeconds(1));
        }
    }

    @Test
    void a_summary_item_delivered_twice_reopens_once() {
        String id = UUID.randomUUID().toString();
        String carrier = Api.register(id, Api.integrationBody("Carrier", "HIGH", true, List.of("sale.order:carrier_id")));
        as(DemoUsers.OPS_LEAD).body(Map.of("status", "PASSED", "evidence", "checked on staging"))
                .put(Api.checklist(id, carrier) + "/" + ITEM).then().statusCode(200);
        String ceId = UUID.randomUUID().toString();
        SummaryItemRaised raised = Events.changedField(id, "sale.order", "carrier_id", "renamed");
        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            CatalogEvents.publish(Api.bootstrap(), raised, ceId);
            CatalogEvents.await(integration, id, EventCatalog.CHECKLIST_ITEM_CHANGED, c -> "OPEN".equals(c.status()), 1);
            // Checked again, then the same summary item is redelivered: it must not reopen the new check.
            as(DemoUsers.OPS_LEAD).body(Map.of("status", "PASSED", "evidence", "checked the renamed field"))
                    .put(Api.checklist(id, carrier) + "/" + ITEM).then().statusCode(200);
            CatalogEvents.publish(Api.bootstrap(), raised, ceId);
            String after = CatalogEvents.publish(Api.bootstrap(), Events.changedField(id, "res.partner", "vat", "unrelated"));
            await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(StagingEventsConsumer.CONSUMER, after) == 1);

            assertThat(Db.processed(StagingEventsConsumer.CONSUMER, ceId)).isEqualTo(1);
            integration.awaitNone(CatalogEvents.of(id, EventCatalog.CHECKLIST_ITEM_CHANGED, c -> "OPEN".equals(c.status())),
                    Duration.ofSeconds(1));
        }
        as(DemoUsers.TESTER).get(Api.checklist(id, carrier)).then().statusCode(200)
                .body("items.find { it.item == '" + ITEM + "' }.status", org.hamcrest.Matchers.equalTo("PASSED"));
    }

    @Test
    void unreadable_cutover_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        GoLiveWindowScheduled window = Events.scheduled(id, 1, Events.inDays(9));
        try (RawTopicReader dlq = RawTopicReader.atEnd(Api.bootstrap(), CUTOVER_DLQ)) {
            RawTopic.write(Api.bootstrap(), Topics.CUTOVER, id, "{not json", CatalogEvents.headers(UUID.randomUUID().toString(),
                    EventCatalog.GO_LIVE_WINDOW_SCHEDULED.name(), id));
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

    @Test
    void unreadable_staging_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        String carrier = Api.register(id, Api.integrationBody("Carrier", "HIGH", true, List.of("sale.order:carrier_id")));
        SummaryItemRaised raised = Events.changedField(id, "sale.order", "carrier_id", "renamed");
        try (RawTopicReader dlq = RawTopicReader.atEnd(Api.bootstrap(), STAGING_DLQ);
             RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            RawTopic.write(Api.bootstrap(), Topics.STAGING, id, "{not json", CatalogEvents.headers(UUID.randomUUID().toString(),
                    EventCatalog.SUMMARY_ITEM_RAISED.name(), id));
            Map<String, String> noType = new HashMap<>(CatalogEvents.headers(UUID.randomUUID().toString(),
                    EventCatalog.SUMMARY_ITEM_RAISED.name(), id));
            noType.remove("ce_type");
            RawTopic.write(Api.bootstrap(), Topics.STAGING, id, EventCodec.toJson(raised), noType);
            CatalogEvents.publish(Api.bootstrap(), raised);

            List<ConsumerRecord<String, byte[]>> dead = dlq.awaitRecords(r -> id.equals(r.key()), 2, CatalogEvents.WAIT);
            assertThat(RawTopicReader.text(dead.get(0))).isEqualTo("{not json");
            assertThat(RawTopicReader.header(dead.get(1), "dead-letter-reason")).contains("ce_type");

            assertThat(CatalogEvents.await(integration, id, EventCatalog.CHECKLIST_ITEM_CHANGED,
                    c -> "OPEN".equals(c.status()), 1).get(0).integrationId()).isEqualTo(carrier);
            dlq.awaitNone(r -> id.equals(r.key()), Duration.ofSeconds(1));
        }
    }
}
