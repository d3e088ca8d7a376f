package dev.golive.integration.messaging;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.staging.DeveloperReviewChanged;
import dev.golive.contracts.staging.RehearsalStageChanged;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.integration.cutover.CutoverProjector;
import dev.golive.integration.staging.StagingEventsConsumer;
import dev.golive.integration.support.Api;
import dev.golive.integration.support.Db;
import dev.golive.integration.support.Events;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.ConsumerChecks;
import dev.golive.testkit.ConsumerChecks.Unreadable;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.integration.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Both consumed topics: a redelivered event changes nothing; an unreadable one goes to the dead letter topic and the next one is applied. */
@QuarkusTest
class ConsumedEventsTest {

    private static final String SERVICE = "integration-readiness";
    private static final String ITEM = "CHANGED_FIELDS_AND_MODELS";

    @Test
    void a_window_event_delivered_twice_is_applied_once() {
        String id = UUID.randomUUID().toString();
        GoLiveWindowScheduled window = Events.scheduled(id, 1, Events.inDays(12));
        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            ConsumerChecks.deliveredTwice(Api.bootstrap(), window, Events.rescheduled(id, 2, Events.inDays(13)),
                    ceId -> Db.processed(CutoverProjector.CONSUMER, ceId));

            // The cutover's (empty) verdict was announced once, for the first window; the second did not change it.
            assertThat(CatalogEvents.await(integration, id, EventCatalog.INTEGRATION_READINESS_CHANGED, 1)).hasSize(1);
            integration.awaitNone(CatalogEvents.of(id, EventCatalog.INTEGRATION_READINESS_CHANGED), Duration.ofSeconds(1));
        }
    }

    @Test
    void a_summary_item_delivered_twice_reopens_once() {
        String id = Api.knownCutover();
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
            ConsumerChecks.redelivered(Api.bootstrap(), raised, ceId,
                    Events.changedField(id, "res.partner", "vat", "unrelated"),
                    event -> Db.processed(StagingEventsConsumer.CONSUMER, event));

            integration.awaitNone(CatalogEvents.of(id, EventCatalog.CHECKLIST_ITEM_CHANGED, c -> "OPEN".equals(c.status())),
                    Duration.ofSeconds(1));
        }
        as(DemoUsers.OPS_LEAD).get(Api.checklist(id, carrier)).then().statusCode(200)
                .body("items.find { it.item == '" + ITEM + "' }.status", org.hamcrest.Matchers.equalTo("PASSED"));
    }

    @Test
    void unreadable_cutover_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        GoLiveWindowScheduled window = Events.scheduled(id, 1, Events.inDays(9));
        ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), SERVICE, Unreadable.withoutType(window), window,
                () -> Db.windowKnown(id, 1));
    }

    @Test
    void unreadable_staging_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = Api.knownCutover();
        String carrier = Api.register(id, Api.integrationBody("Carrier", "HIGH", true, List.of("sale.order:carrier_id")));
        SummaryItemRaised raised = Events.changedField(id, "sale.order", "carrier_id", "renamed");
        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            var reopened = CatalogEvents.of(id, EventCatalog.CHECKLIST_ITEM_CHANGED, c -> "OPEN".equals(c.status()));
            ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), SERVICE, Unreadable.withoutType(raised), raised,
                    () -> integration.arrived(reopened));

            assertThat(CatalogEvents.await(integration, id, EventCatalog.CHECKLIST_ITEM_CHANGED,
                    c -> "OPEN".equals(c.status()), 1).get(0).integrationId()).isEqualTo(carrier);
        }
    }

    @Test
    void staging_events_other_than_summary_items_leave_no_inbox_row_and_the_item_after_them_is_applied() {
        String id = UUID.randomUUID().toString();
        String rehearsal = UUID.randomUUID().toString();
        String stage = CatalogEvents.publish(Api.bootstrap(), new RehearsalStageChanged(id, rehearsal, "REQUESTED",
                "STANDARD_UPGRADE_RUNNING", "ci", Instant.now()));
        String review = CatalogEvents.publish(Api.bootstrap(), new DeveloperReviewChanged(id, rehearsal, true, 8, 8, 0,
                List.of(), "devon", Instant.now()));
        // On the same partition after both: once it is recorded, both were taken (and skipped).
        String raised = CatalogEvents.publish(Api.bootstrap(), Events.changedField(id, "sale.order", "carrier_id", "renamed"));
        org.awaitility.Awaitility.await().atMost(CatalogEvents.WAIT)
                .until(() -> Db.processed(StagingEventsConsumer.CONSUMER, raised) == 1);

        assertThat(Db.processed(StagingEventsConsumer.CONSUMER, stage)).isZero();
        assertThat(Db.processed(StagingEventsConsumer.CONSUMER, review)).isZero();
    }
}
