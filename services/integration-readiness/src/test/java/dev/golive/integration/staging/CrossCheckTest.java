package dev.golive.integration.staging;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.integration.ChecklistItemChanged;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.integration.support.Api;
import dev.golive.integration.support.Db;
import dev.golive.integration.support.Events;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.integration.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An upgrade-summary item written raw to golive.staging.v1 reopens the checklist item of the integration it concerns, and only that one. */
@QuarkusTest
class CrossCheckTest {

    private static final String ITEM = "CHANGED_FIELDS_AND_MODELS";

    private static void pass(String cutoverId, String integrationId) {
        as(DemoUsers.ON_CALL).body(Map.of("status", "PASSED", "evidence", "field mapping compared on staging"))
                .put(Api.checklist(cutoverId, integrationId) + "/" + ITEM).then().statusCode(200);
    }

    private static JsonPath item(String cutoverId, String integrationId) {
        return as(DemoUsers.OPS_LEAD).get(Api.checklist(cutoverId, integrationId)).then().statusCode(200).extract().jsonPath()
                .setRootPath("items.find { it.item == '" + ITEM + "' }");
    }

    @Test
    void a_changed_field_reopens_the_item_of_the_integration_that_uses_it_with_the_reason() {
        String cutoverId = Api.knownCutover();
        String carrier = Api.register(cutoverId, Api.integrationBody("Carrier", "HIGH", true,
                List.of("stock.picking:carrier_tracking_ref")));
        String shop = Api.register(cutoverId, Api.integrationBody("Web shop", "CRITICAL", true,
                List.of("stock.picking:partner_id")));
        pass(cutoverId, carrier);
        pass(cutoverId, shop);

        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            CatalogEvents.publish(Api.bootstrap(), Events.changedField(cutoverId, "stock.picking", "carrier_tracking_ref",
                    "Field carrier_tracking_ref of stock.picking changed type from char to many2one"));

            // Events of the setup may still be on their way: look for the reopening itself.
            ChecklistItemChanged reopened = CatalogEvents.await(integration, cutoverId, EventCatalog.CHECKLIST_ITEM_CHANGED,
                    c -> "OPEN".equals(c.status()), 1).get(0);
            assertThat(reopened.integrationId()).isEqualTo(carrier);
            assertThat(reopened.item()).isEqualTo(ITEM);
            assertThat(reopened.status()).isEqualTo("OPEN");
            assertThat(reopened.reason()).contains("stock.picking:carrier_tracking_ref")
                    .contains("changed type from char to many2one");
            assertThat(reopened.checkedBy()).isNull();

            IntegrationReadinessChanged verdict = CatalogEvents.await(integration, cutoverId,
                    EventCatalog.INTEGRATION_READINESS_CHANGED, r -> carrier.equals(r.integrationId())
                            && r.reasons().stream().anyMatch(x -> x.contains(ITEM + " was reopened")), 1).get(0);
            assertThat(verdict.ready()).isFalse();

            integration.awaitNone(CatalogEvents.of(cutoverId, EventCatalog.CHECKLIST_ITEM_CHANGED,
                    c -> "OPEN".equals(c.status())), Duration.ofSeconds(1));
        }
        JsonPath carrierItem = item(cutoverId, carrier);
        assertThat(carrierItem.getString("status")).isEqualTo("OPEN");
        assertThat(carrierItem.getString("reason")).contains("carrier_tracking_ref");
        assertThat(carrierItem.getString("evidence")).isNull();
        assertThat(item(cutoverId, shop).getString("status")).isEqualTo("PASSED");

        // The history keeps the evidence the reopening cleared.
        as(DemoUsers.STAKEHOLDER).get(Api.checklist(cutoverId, carrier) + "/" + ITEM + "/history").then().statusCode(403);
        as(DemoUsers.OPS_LEAD).get(Api.checklist(cutoverId, carrier) + "/" + ITEM + "/history").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.contains("PASSED", "OPEN"))
                .body("[0].evidence", org.hamcrest.Matchers.equalTo("field mapping compared on staging"))
                .body("[0].checkedBy", org.hamcrest.Matchers.equalTo(DemoUsers.ON_CALL));
    }

    @Test
    void a_summary_item_of_another_cutover_or_field_reopens_nothing() {
        String cutoverId = Api.knownCutover();
        String carrier = Api.register(cutoverId, Api.integrationBody("Carrier", "HIGH", true,
                List.of("stock.picking:carrier_tracking_ref")));
        pass(cutoverId, carrier);
        String otherCutovers = CatalogEvents.publish(Api.bootstrap(), Events.changedField(UUID.randomUUID().toString(),
                "stock.picking", "carrier_tracking_ref", "changed"));
        String otherField = CatalogEvents.publish(Api.bootstrap(), Events.changedField(cutoverId, "stock.picking", "weight",
                "changed unit"));
        // The two cutovers' events may sit on different partitions: one applied says nothing of the other.
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(StagingEventsConsumer.CONSUMER, otherCutovers) == 1
                && Db.processed(StagingEventsConsumer.CONSUMER, otherField) == 1);
        assertThat(item(cutoverId, carrier).getString("status")).isEqualTo("PASSED");
    }
}
