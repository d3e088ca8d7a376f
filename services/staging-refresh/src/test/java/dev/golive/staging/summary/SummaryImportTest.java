package dev.golive.staging.summary;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.staging.support.Api;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.staging.support.Api.as;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.TESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** {@code summary-items:import}: the summary pasted from Discuss becomes items; what could not be read comes back. */
@QuarkusTest
class SummaryImportTest {

    private static String sample(String name) {
        try (InputStream in = SummaryImportTest.class.getResourceAsStream("/upgrade-summaries/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String items(String cutoverId, String rehearsalId) {
        return Api.rehearsal(cutoverId, rehearsalId) + "/summary-items";
    }

    private static Map<String, Object> body(String text, String owner) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (owner != null) {
            body.put("owner", owner);
        }
        return body;
    }

    private static Response importing(String user, String cutoverId, String rehearsalId, Map<String, Object> body) {
        return as(user).body(body).post(items(cutoverId, rehearsalId) + ":import");
    }

    @Test
    void a_pasted_summary_becomes_owned_open_items_announced_one_by_one_and_pasting_it_again_adds_nothing() {
        String id = Api.knownCutover();
        String rid = Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(1)));

        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            importing(ON_CALL, id, rid, body(sample("odoo-16-to-17.txt"), "Dana (developer)")).then().statusCode(200)
                    .body("created", hasSize(10))
                    .body("created.kind", contains("DISABLED_VIEW", "DISABLED_VIEW", "DISABLED_VIEW",
                            "DISABLED_AUTOMATED_ACTION", "DISABLED_AUTOMATED_ACTION", "CHANGED_FIELD", "CHANGED_FIELD",
                            "CHANGED_FIELD", "CONFIGURATION_CHANGE", "CONFIGURATION_CHANGE"))
                    .body("created.owner", everyItem(equalTo("Dana (developer)")))
                    .body("created.status", everyItem(equalTo("OPEN")))
                    .body("created.raisedBy", everyItem(equalTo(ON_CALL)))
                    .body("created[5].model", equalTo("stock.picking"))
                    .body("created[5].field", equalTo("x_delivery_note"))
                    .body("alreadyKnown", equalTo(0))
                    .body("unparsed", hasSize(1))
                    .body("unparsed[0].line", equalTo(21))
                    .body("unparsed[0].text", equalTo("- Field `x_legacy_code` was removed"))
                    .body("unparsed[0].why", containsString("model"));

            // Each item goes out as a raise does, so integration-readiness cross-checks the fields it names.
            List<SummaryItemRaised> raised = CatalogEvents.await(staging, id, EventCatalog.SUMMARY_ITEM_RAISED, 10);
            assertThat(raised).extracting(SummaryItemRaised::kind, SummaryItemRaised::model, SummaryItemRaised::field)
                    .contains(tuple("CHANGED_FIELD", "stock.picking", "x_delivery_note"),
                            tuple("CHANGED_FIELD", "sale.order", "x_margin_pct"),
                            tuple("CHANGED_FIELD", "account.move", "x_customer_ref"));
            assertThat(raised).extracting(SummaryItemRaised::rehearsalId).containsOnly(rid);
        }
        as(OPS_LEAD).get(items(id, rid)).then().statusCode(200).body("$", hasSize(10))
                .body("[0].description", containsString("Sale Order Form - Margin"));
        assertThat(Api.readinessReasons(id)).containsExactly("OPEN_SUMMARY_ITEMS");

        // The same message again (with Windows line ends this time): every entry is known already.
        importing(OPS_LEAD, id, rid, body(sample("odoo-16-to-17.txt").replace("\n", "\r\n"), null)).then()
                .statusCode(200).body("created", hasSize(0)).body("alreadyKnown", equalTo(10))
                .body("unparsed.line", contains(21));
        // Another version's wording adds its own items; an entry repeated within one text is made once.
        importing(ON_CALL, id, rid, body(sample("odoo-17-to-18.txt") + "\n- Field x_rank on model res.partner was removed"
                + "\n- Field x_rank on model res.partner was removed", null)).then().statusCode(200)
                .body("created", hasSize(8)).body("alreadyKnown", equalTo(1)).body("unparsed", hasSize(0))
                .body("created.owner", everyItem(org.hamcrest.Matchers.nullValue()));
        as(OPS_LEAD).get(items(id, rid)).then().body("$", hasSize(18));
    }

    @Test
    void the_custom_method_is_reached_with_the_colon_as_written_or_percent_encoded() {
        String id = Api.knownCutover();
        String rid = Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(1)));
        String text = "Disabled views:\n* [account.move] Custom invoice form (xml id: account_custom.view_move_form_custom)";

        as(ON_CALL).urlEncodingEnabled(false).body(body(text, null)).post(items(id, rid) + ":import").then()
                .statusCode(200).body("created", hasSize(1));
        as(ON_CALL).urlEncodingEnabled(false).body(body(text, null)).post(items(id, rid) + "%3Aimport").then()
                .statusCode(200).body("alreadyKnown", equalTo(1));
        as(ON_CALL).urlEncodingEnabled(false).body(body(text, null)).post(items(id, rid) + "%3aimport").then()
                .statusCode(200).body("alreadyKnown", equalTo(1));
    }

    @Test
    void hostile_huge_or_missing_text_a_long_owner_and_strangers_are_refused_and_nothing_is_created() {
        String id = Api.knownCutover();
        String rid = Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(1)));
        String good = sample("odoo-18-to-19.txt");

        importing(ON_CALL, id, rid, body(good.replace("Configuration:", "Configuration:\u0000"), null)).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("text")).body("errors[0].message", containsString("U+0000"));
        importing(ON_CALL, id, rid, body(good + "\u001b[2J", null)).then().statusCode(422)
                .body("errors.field", contains("text"));
        importing(ON_CALL, id, rid, body("Fields\n" + "y".repeat(100_001), null)).then().statusCode(422)
                .body("errors.field", contains("text")).body("errors[0].message", containsString("100000"));
        importing(ON_CALL, id, rid, body(null, null)).then().statusCode(422).body("errors.field", contains("text"));
        importing(ON_CALL, id, rid, body("   \n\t", null)).then().statusCode(422).body("errors.field", contains("text"));
        importing(ON_CALL, id, rid, body(good, "o".repeat(201))).then().statusCode(422)
                .body("errors.field", contains("owner"));
        as(ON_CALL).body(Map.of("text", good, "extra", 1)).post(items(id, rid) + ":import").then().statusCode(400);
        importing(TESTER, id, rid, body(good, null)).then().statusCode(403);
        importing(ON_CALL, id, UUID.randomUUID().toString(), body(good, null)).then().statusCode(404);
        as(ON_CALL).get(items(id, rid)).then().statusCode(200).body("$", hasSize(0));

        // The largest text accepted: read whole, its one long line reported (shortened), nothing created.
        importing(ON_CALL, id, rid, body("z".repeat(100_000), null)).then().statusCode(200)
                .body("created", hasSize(0)).body("unparsed", hasSize(1)).body("unparsed[0].line", equalTo(1))
                .body("unparsed[0].text.length()", equalTo(501));
        importing(ON_CALL, id, rid, body(good, null)).then().statusCode(200).body("created", hasSize(9))
                .body("unparsed.line", contains(2, 22));
    }
}
