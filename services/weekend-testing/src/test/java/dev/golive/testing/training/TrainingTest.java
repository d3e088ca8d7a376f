package dev.golive.testing.training;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.testing.TrainingListSent;
import dev.golive.testing.domain.ScenarioCatalogue;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Fixtures;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testing.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** What changed for the power users: noted on results, gathered per area, sent to the people of an area. */
@QuarkusTest
class TrainingTest {

    private static Map<String, Object> passedWith(List<Map<String, Object>> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", "PASSED");
        body.put("changes", changes);
        return body;
    }

    private static Map<String, Object> change(String kind, String description) {
        Map<String, Object> change = new HashMap<>();
        change.put("kind", kind);
        change.put("description", description);
        return change;
    }

    private static String results(String cutoverId, String assignmentId) {
        return Api.assignments(cutoverId) + "/" + assignmentId + "/results";
    }

    private static String send(String cutoverId, String area) {
        return Api.base(cutoverId) + "/training/" + area + ":send";
    }

    @Test
    void changes_noted_on_results_gather_per_area_and_an_area_list_is_sent_to_its_people() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        String invoice = planned.assignmentOf(ScenarioCatalogue.INVOICE);
        String invoiceTester = planned.testerOf(ScenarioCatalogue.INVOICE);
        String quotation = planned.assignmentOf(ScenarioCatalogue.QUOTATION);

        // Bad changes are a 422 naming them, and nothing is recorded.
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(change("OTHER", "change " + i));
        }
        as(invoiceTester).body(passedWith(tooMany)).post(results(id, invoice)).then().statusCode(422)
                .body("errors.field", hasItem("changes"));
        as(invoiceTester).body(passedWith(List.of(change("MOVED_BUTTON", "x"), change("OTHER", " "),
                        change("OTHER", "y".repeat(501))))).post(results(id, invoice)).then().statusCode(422)
                .body("errors.field", hasItems("changes[0].kind", "changes[1].description", "changes[2].description"));

        as(invoiceTester).body(passedWith(List.of(
                        change("MOVED_MENU", "Credit notes moved under Accounting > Customers > Invoices"),
                        change("RENAMED_BUTTON", "'Validate' is now 'Confirm' on the invoice form")))).post(results(id, invoice))
                .then().statusCode(201)
                .body("changes.kind", contains("MOVED_MENU", "RENAMED_BUTTON"))
                .body("round", equalTo("WEEKEND"));
        as(OPS_LEAD).body(passedWith(List.of(change("DIFFERENT_SCREEN", "The quotation form has a new tab layout"))))
                .post(results(id, quotation)).then().statusCode(201);

        as(DemoUsers.ON_CALL).get(Api.base(id) + "/training").then().statusCode(200)
                .body("areas.area", contains("SALES", "INVOICING"))
                .body("areas.find { it.area == 'INVOICING' }.changes.kind", contains("MOVED_MENU", "RENAMED_BUTTON"))
                .body("areas.find { it.area == 'INVOICING' }.changes[0].scenarioTitle", equalTo("Create and validate an invoice"))
                .body("areas.find { it.area == 'INVOICING' }.changes[0].notedBy", equalTo(invoiceTester))
                .body("areas.find { it.area == 'SALES' }.changes[0].notedBy", equalTo(OPS_LEAD));
        as(invoiceTester).get(Api.base(id) + "/training").then().statusCode(403);

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            // Nobody named: the testers who know the area (tess and theo know every area).
            as(OPS_LEAD).post(send(id, "INVOICING")).then().statusCode(200)
                    .body("recipients", contains(DemoUsers.TESTER, DemoUsers.OTHER_TESTER))
                    .body("changes.size()", equalTo(2));
            TrainingListSent sent = CatalogEvents.await(testing, id, EventCatalog.TRAINING_LIST_SENT, 1).get(0);
            assertThat(sent.area()).isEqualTo("INVOICING");
            assertThat(sent.recipients()).containsExactly(DemoUsers.TESTER, DemoUsers.OTHER_TESTER);
            assertThat(sent.sentBy()).isEqualTo(OPS_LEAD);
            assertThat(sent.changes()).extracting(TrainingListSent.Change::kind).containsExactly("MOVED_MENU", "RENAMED_BUTTON");
            assertThat(sent.changes().get(0).scenarioTitle()).isEqualTo("Create and validate an invoice");
            assertThat(sent.changes().get(0).notedBy()).isEqualTo(invoiceTester);

            // Named recipients, once each.
            as(OPS_LEAD).body(Map.of("recipients", List.of("tara", "Tara", "tomas"))).post(send(id, "SALES")).then()
                    .statusCode(200).body("recipients", contains("tara", "tomas"));
            assertThat(CatalogEvents.await(testing, id, EventCatalog.TRAINING_LIST_SENT, 1).get(0).recipients())
                    .containsExactly("tara", "tomas");

            // An area without changes, an area that is not one, a bad name, someone else than the ops lead.
            as(OPS_LEAD).post(send(id, "PURCHASE")).then().statusCode(409).contentType("application/problem+json")
                    .body("reasons", contains("NO_CHANGES"));
            as(OPS_LEAD).post(send(id, "CANTEEN")).then().statusCode(422).body("errors.field", hasItem("area"));
            as(OPS_LEAD).body(Map.of("recipients", List.of("tara smith"))).post(send(id, "SALES")).then().statusCode(422)
                    .body("errors.field", hasItem("recipients[0]"));
            as(DemoUsers.ON_CALL).post(send(id, "SALES")).then().statusCode(403);
            testing.awaitNone(CatalogEvents.of(id, EventCatalog.TRAINING_LIST_SENT), Duration.ofMillis(500));
        }
    }
}
