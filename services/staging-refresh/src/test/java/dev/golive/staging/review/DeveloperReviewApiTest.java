package dev.golive.staging.review;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.staging.DeveloperReviewChanged;
import dev.golive.staging.support.Api;
import dev.golive.staging.support.TestClock;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.staging.support.Api.as;
import static dev.golive.testkit.DemoUsers.ADMIN;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.TESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The developer review of a rehearsal over REST: the checklist, its refusals, its events, and the rehearsal's readiness for power users. */
@QuarkusTest
class DeveloperReviewApiTest {

    private static final List<String> KEYS = List.of("CUSTOM_MODULES", "MENUS_AND_VIEWS", "BUTTONS_AND_ACTIONS",
            "PDF_REPORTS", "SCHEDULED_ACTIONS", "AUTOMATED_ACTIONS", "INTEGRATIONS", "LOGS");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String review(String cutoverId, String rehearsalId) {
        return Api.rehearsal(cutoverId, rehearsalId) + "/review";
    }

    private static Map<String, Object> mark(String status, String evidence, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (evidence != null) {
            body.put("evidence", evidence);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    @Test
    void the_checklist_is_marked_item_by_item_until_staging_is_ready_for_power_users_and_reopening_takes_that_back() {
        String id = Api.knownCutover();
        String rid = Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(1)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);

        as(ADMIN).get(review(id, rid)).then().statusCode(200)
                .body("rehearsalId", equalTo(rid)).body("done", equalTo(false))
                .body("readyForPowerUsers", equalTo(false))
                .body("items.key", contains(KEYS.toArray()))
                .body("items.status", everyItem(equalTo("OPEN")))
                .body("items[0].title", equalTo("Custom modules installed and updated"))
                .body("items[1].title", equalTo("Key menus, forms, lists, kanbans and wizards open"))
                .body("items[7].title", equalTo("Logs reviewed"))
                .body("items[0].by", nullValue());
        as(TESTER).get(Api.rehearsal(id, rid)).then().statusCode(200)
                .body("reviewDone", equalTo(false)).body("readyForPowerUsers", equalTo(false));
        // Testers read the outcome on the rehearsal, not the checklist.
        as(TESTER).get(review(id, rid)).then().statusCode(403);

        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            as(ON_CALL).body(mark("CHECKED", "Settings > Apps: the 6 custom modules at 19.0.1.x, none to upgrade", null))
                    .put(review(id, rid) + "/CUSTOM_MODULES").then().statusCode(200)
                    .body("done", equalTo(false))
                    .body("items[0].status", equalTo("CHECKED")).body("items[0].by", equalTo(ON_CALL))
                    .body("items[0].at", equalTo(now.toString()))
                    .body("items[0].evidence", containsString("6 custom modules"));
            DeveloperReviewChanged first = CatalogEvents.await(staging, id, EventCatalog.DEVELOPER_REVIEW_CHANGED, 1)
                    .get(0);
            assertThat(first.rehearsalId()).isEqualTo(rid);
            assertThat(first.done()).isFalse();
            assertThat(first.items()).isEqualTo(8);
            assertThat(first.checked()).isEqualTo(1);
            assertThat(first.notApplicable()).isZero();
            assertThat(first.openItems()).hasSize(7).first().isEqualTo("Key menus, forms, lists, kanbans and wizards open");
            assertThat(first.changedBy()).isEqualTo(ON_CALL);
            assertThat(first.changedAt()).isEqualTo(now);

            for (String key : KEYS.subList(1, 8)) {
                Map<String, Object> body = key.equals("INTEGRATIONS")
                        ? mark("NOT_APPLICABLE", null, "No integration reachable from staging; covered by the go-live test plan")
                        : mark("CHECKED", "looked at " + key.toLowerCase(), null);
                as(key.equals("LOGS") ? OPS_LEAD : ON_CALL).body(body).put(review(id, rid) + "/" + key)
                        .then().statusCode(200);
            }
            List<DeveloperReviewChanged> rest = CatalogEvents.await(staging, id, EventCatalog.DEVELOPER_REVIEW_CHANGED, 7);
            DeveloperReviewChanged last = rest.get(6);
            assertThat(rest).extracting(DeveloperReviewChanged::done).containsExactly(false, false, false, false,
                    false, false, true);
            assertThat(last.checked()).isEqualTo(7);
            assertThat(last.notApplicable()).isEqualTo(1);
            assertThat(last.openItems()).isEmpty();
            assertThat(last.changedBy()).isEqualTo(OPS_LEAD);

            as(OPS_LEAD).get(review(id, rid)).then().statusCode(200)
                    .body("done", equalTo(true)).body("readyForPowerUsers", equalTo(true))
                    .body("items[6].status", equalTo("NOT_APPLICABLE"))
                    .body("items[6].reason", containsString("go-live test plan"))
                    .body("items[6].evidence", nullValue());
            as(TESTER).get(Api.rehearsal(id, rid)).then().statusCode(200)
                    .body("reviewDone", equalTo(true)).body("readyForPowerUsers", equalTo(true));
            as(TESTER).get(Api.rehearsals(id)).then().statusCode(200)
                    .body("find { it.id == '" + rid + "' }.readyForPowerUsers", equalTo(true));

            // The same mark again changes nothing: no event, same author.
            as(ON_CALL).body(mark("CHECKED", "looked at pdf_reports", null)).put(review(id, rid) + "/PDF_REPORTS")
                    .then().statusCode(200).body("items[3].by", equalTo(ON_CALL));

            clock.advance(Duration.ofMinutes(30));
            as(OPS_LEAD).body(mark("OPEN", null, null)).put(review(id, rid) + "/PDF_REPORTS").then().statusCode(200)
                    .body("done", equalTo(false))
                    .body("items[3].status", equalTo("OPEN")).body("items[3].by", nullValue())
                    .body("items[3].at", nullValue()).body("items[3].evidence", nullValue());
            DeveloperReviewChanged reopened = CatalogEvents.await(staging, id, EventCatalog.DEVELOPER_REVIEW_CHANGED, 1)
                    .get(0);
            assertThat(reopened.done()).isFalse();
            assertThat(reopened.openItems()).containsExactly("Important PDF reports print");
            assertThat(reopened.changedAt()).isEqualTo(now.plus(Duration.ofMinutes(30)));
            as(TESTER).get(Api.rehearsal(id, rid)).then().statusCode(200)
                    .body("reviewDone", equalTo(false)).body("readyForPowerUsers", equalTo(false));
        }
    }

    @Test
    void bad_marks_unknown_items_and_a_rehearsal_that_has_not_succeeded_are_refused_and_change_nothing() {
        String id = Api.knownCutover();
        String rid = Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(1)));

        as(ON_CALL).body(mark("CHECKED", null, null)).put(review(id, rid) + "/LOGS").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("evidence"));
        as(ON_CALL).body(mark("NOT_APPLICABLE", "seen", null)).put(review(id, rid) + "/LOGS").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("evidence", "reason"));
        as(ON_CALL).body(mark("NOT_APPLICABLE", null, "x".repeat(501))).put(review(id, rid) + "/LOGS").then()
                .statusCode(422).body("errors.field", contains("reason"));
        as(ON_CALL).body(mark("CHECKED", "x".repeat(2001), null)).put(review(id, rid) + "/LOGS").then()
                .statusCode(422).body("errors.field", contains("evidence"));
        as(ON_CALL).body(mark("DONE", null, null)).put(review(id, rid) + "/LOGS").then().statusCode(422)
                .body("errors.field", contains("status"));
        as(ON_CALL).body(Map.of("evidence", "no status")).put(review(id, rid) + "/LOGS").then().statusCode(422)
                .body("errors.field", hasItem("status"));
        as(ON_CALL).body(mark("CHECKED", "bell\u0007", null)).put(review(id, rid) + "/LOGS").then().statusCode(422)
                .body("errors.field", contains("evidence"));
        as(ON_CALL).body(mark("CHECKED", "seen", null)).put(review(id, rid) + "/COFFEE").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("COFFEE"));
        as(TESTER).body(mark("CHECKED", "seen", null)).put(review(id, rid) + "/LOGS").then().statusCode(403);
        as(ON_CALL).get(review(id, rid)).then().statusCode(200).body("items.status", everyItem(equalTo("OPEN")));

        String running = Api.requestRehearsal(id, Instant.now().minus(Duration.ofHours(3)), 18, 19);
        as(ON_CALL).body(mark("CHECKED", "seen", null)).put(review(id, running) + "/LOGS").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("has not succeeded"))
                .body("reasons", contains("rehearsal-not-succeeded"));
        as(ON_CALL).get(review(id, running)).then().statusCode(200).body("done", equalTo(false))
                .body("readyForPowerUsers", equalTo(false)).body("items.status", everyItem(equalTo("OPEN")));
        as(ON_CALL).get(review(id, java.util.UUID.randomUUID().toString())).then().statusCode(404);
    }
}
