package dev.golive.staging.summary;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.contracts.staging.SummaryItemResolved;
import dev.golive.staging.support.Api;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.staging.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The upgrade summary: open items block staging readiness, resolved ones do not; batches are all or nothing. */
@QuarkusTest
class SummaryItemsTest {

    private static Map<String, Object> item(String kind, String model, String field, String description) {
        Map<String, Object> item = new HashMap<>();
        item.put("kind", kind);
        item.put("model", model);
        item.put("field", field);
        item.put("description", description);
        item.put("owner", "finance power user");
        return item;
    }

    private static String items(String cutoverId, String rehearsalId) {
        return Api.rehearsal(cutoverId, rehearsalId) + "/summary-items";
    }

    @Test
    void an_open_changed_field_blocks_readiness_until_it_is_accepted() {
        String id = Api.knownCutover();
        String rid = Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(1)));
        assertThat(Api.readiness(id)).containsEntry("ready", true);

        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            String itemId = as(ON_CALL).body(item("CHANGED_FIELD", "sale.order", "x_margin",
                            "x_margin became a computed field; the margin report reads it"))
                    .post(items(id, rid)).then().statusCode(201)
                    .body("status", equalTo("OPEN")).body("kind", equalTo("CHANGED_FIELD"))
                    .extract().path("id");
            SummaryItemRaised raised = CatalogEvents.await(staging, id, EventCatalog.SUMMARY_ITEM_RAISED, 1).get(0);
            assertThat(raised.itemId()).isEqualTo(itemId);
            assertThat(raised.model()).isEqualTo("sale.order");
            assertThat(raised.field()).isEqualTo("x_margin");
            assertThat(Api.readinessReasons(id)).containsExactly("OPEN_SUMMARY_ITEMS");

            as(OPS_LEAD).body(Map.of("resolution", "ACCEPTED_AS_IS"))
                    .post(items(id, rid) + "/" + itemId + "/resolution").then().statusCode(200)
                    .body("status", equalTo("ACCEPTED_AS_IS")).body("resolvedBy", equalTo(OPS_LEAD));
            SummaryItemResolved resolved = CatalogEvents.await(staging, id, EventCatalog.SUMMARY_ITEM_RESOLVED, 1).get(0);
            assertThat(resolved.itemId()).isEqualTo(itemId);
            assertThat(resolved.resolution()).isEqualTo("ACCEPTED_AS_IS");
            assertThat(resolved.resolvedBy()).isEqualTo(OPS_LEAD);
            assertThat(Api.readiness(id)).containsEntry("ready", true);

            as(OPS_LEAD).body(Map.of("resolution", "FIXED"))
                    .post(items(id, rid) + "/" + itemId + "/resolution").then().statusCode(409)
                    .contentType("application/problem+json");
            as(OPS_LEAD).body(Map.of("resolution", "OPEN"))
                    .post(items(id, rid) + "/" + itemId + "/resolution").then().statusCode(422)
                    .body("errors[0].field", equalTo("resolution"));
        }
    }

    @Test
    void a_batch_with_one_bad_item_is_refused_whole_naming_the_item_and_a_good_one_is_stored_whole() {
        String id = Api.knownCutover();
        String rid = Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(1)));

        List<Map<String, Object>> bad = List.of(
                item("DISABLED_VIEW", "account.move", null, "The custom invoice form view was disabled"),
                item("DISABLED_AUTOMATED_ACTION", "stock.picking", null, "Auto-validate pickings was disabled"),
                item("CONFIGURATION_CHANGE", null, null, "Default sales tax changed"),
                item("CHANGED_FIELD", "sale.order", null, "A field changed, but which?"),
                item("NO_SUCH_KIND", null, null, "?"));
        as(ON_CALL).body(Map.of("items", bad)).post(items(id, rid) + "/batch").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("items[3].field", "items[4].kind"));
        as(ON_CALL).get(items(id, rid)).then().statusCode(200).body("$", hasSize(0));
        assertThat(Api.readiness(id)).containsEntry("ready", true);

        as(ON_CALL).body(Map.of("items", bad.subList(0, 3))).post(items(id, rid) + "/batch").then().statusCode(201)
                .body("items", hasSize(3))
                .body("items.status", containsInAnyOrder("OPEN", "OPEN", "OPEN"));
        as(OPS_LEAD).get(items(id, rid)).then().statusCode(200).body("$", hasSize(3))
                .body("kind", org.hamcrest.Matchers.contains("DISABLED_VIEW", "DISABLED_AUTOMATED_ACTION",
                        "CONFIGURATION_CHANGE"));
        assertThat(Api.readinessReasons(id)).containsExactly("OPEN_SUMMARY_ITEMS");
        // The summary is for those who run the upgrade (README, Access): a tester of the cutover does not read it.
        as(DemoUsers.TESTER).get(items(id, rid)).then().statusCode(403);

        // One by one, the same rules, without a prefix.
        as(ON_CALL).body(item("CHANGED_FIELD", "Sale Order", "x_margin", "bad model name"))
                .post(items(id, rid)).then().statusCode(422).body("errors.field", containsInAnyOrder("model"));
        // A typo in a field name of the body is refused too (400), not ignored.
        as(ON_CALL).body(Map.of("kind", "OTHER", "descriptoin", "typo")).post(items(id, rid)).then().statusCode(400)
                .contentType("application/problem+json");
        as(ON_CALL).get(items(id, rid)).then().body("$", hasSize(3));
    }
}
