package dev.golive.staging.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.edge.webhook.StandardWebhooks;
import dev.golive.staging.rehearsal.RehearsalResource;
import dev.golive.staging.review.ReviewService;
import dev.golive.staging.summary.SummaryImportResource;
import dev.golive.staging.summary.SummaryResource;
import dev.golive.staging.summary.SummaryService;
import dev.golive.staging.support.Api;
import dev.golive.staging.support.TestClock;
import dev.golive.staging.webhook.WebhookCall;
import dev.golive.testkit.TextLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.staging.support.Api.as;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;

/** The README's "Text limits" table is what the service enforces (see {@link TextLimits}). */
@QuarkusTest
class TextLimitsDocTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Test
    void the_readme_table_of_text_limits_is_what_the_service_enforces() {
        String cutover = Api.knownCutover();
        // Attempts move a rehearsal between awaiting a push and upgrading: each endpoint has its own.
        Rehearsal pushes = new Rehearsal(cutover);
        Rehearsal finishes = new Rehearsal(cutover);
        Rehearsal hooks = new Rehearsal(cutover);
        Rehearsal summary = new Rehearsal(cutover);
        String item = as(ON_CALL).body(summaryItem()).post(summary.path() + "/summary-items").then().statusCode(201)
                .extract().path("id");
        String reviewed = Api.succeededRehearsal(cutover, clock.instant().minus(Duration.ofHours(6)));
        String secret = as(OPS_LEAD).post("/api/cutovers/" + cutover + "/staging-webhook-secret").then().statusCode(201)
                .extract().path("secret");

        TextLimits.check(Path.of("README.md"), Map.of(
                "POST /rehearsals/{id}/hops/{from}/finish", new TextLimits.Endpoint(RehearsalResource.HopOutcomeRequest.class,
                        () -> new HashMap<>(Map.of("outcome", "SUCCEEDED")),
                        body -> answer(as(ON_CALL).body(body).post(summary.path() + "/hops/18/finish"))),
                "POST /rehearsals/{id}/attempts", new TextLimits.Endpoint(RehearsalResource.AttemptRequest.class,
                        () -> new HashMap<>(Map.of("commitRef", "a1f3c9e")),
                        body -> answer(pushes.push(body))),
                "POST /rehearsals/{id}/attempts/{n}/finish", new TextLimits.Endpoint(
                        RehearsalResource.AttemptOutcomeRequest.class, TextLimitsDocTest::failure,
                        body -> answer(finishes.finish(body))),
                "POST /rehearsals/{id}/summary-items", new TextLimits.Endpoint(SummaryService.ItemInput.class,
                        TextLimitsDocTest::summaryItem,
                        body -> answer(as(ON_CALL).body(body).post(summary.path() + "/summary-items"))),
                "POST /rehearsals/{id}/summary-items/batch", new TextLimits.Endpoint(SummaryResource.BatchRequest.class,
                        () -> new HashMap<>(Map.of("items", new ArrayList<>(List.of(summaryItem())))),
                        body -> answer(as(ON_CALL).body(body).post(summary.path() + "/summary-items/batch"))),
                "POST /rehearsals/{id}/summary-items/{itemId}/resolution", new TextLimits.Endpoint(
                        SummaryResource.ResolutionRequest.class,
                        () -> new HashMap<>(Map.of("resolution", "FIXED")),
                        body -> answer(as(ON_CALL).body(body)
                                .post(summary.path() + "/summary-items/" + item + "/resolution"))),
                "PUT /rehearsals/{id}/review/{itemKey}", new TextLimits.Endpoint(ReviewService.Mark.class,
                        () -> new HashMap<>(Map.of("status", "CHECKED", "evidence", "Settings > Apps: all custom modules updated")),
                        body -> answer(as(ON_CALL).body(notApplicableWhenGivenAReason(body))
                                .put(Api.rehearsal(cutover, reviewed) + "/review/LOGS"))),
                "POST /rehearsals/{id}/summary-items:import", new TextLimits.Endpoint(
                        SummaryImportResource.ImportRequest.class,
                        () -> new HashMap<>(Map.of("text", "Configuration changes\n- Multi-step routes were enabled",
                                "owner", "Dana (developer)")),
                        body -> answer(as(ON_CALL).body(body).post(summary.path() + "/summary-items:import"))),
                // One body for the push; a body that carries a log excerpt finishes the running attempt instead.
                "POST /staging-webhook", new TextLimits.Endpoint(WebhookCall.class,
                        () -> new HashMap<>(Map.of("action", "attempt-started", "rehearsalId", hooks.id,
                                "commitRef", "b77d210")),
                        body -> answer(hooks.report(cutover, secret, body)))));
    }

    /** A reason goes with NOT_APPLICABLE (and no evidence); the other fields with CHECKED. */
    private static Map<String, Object> notApplicableWhenGivenAReason(Map<String, Object> body) {
        if (body.containsKey("reason")) {
            body.put("status", "NOT_APPLICABLE");
            body.remove("evidence");
        }
        return body;
    }

    private static Map<String, Object> failure() {
        return new HashMap<>(Map.of("outcome", "FAILED", "errorCategory", "PYTHON_ERROR",
                "logExcerpt", "ImportError: cannot import name 'get_module_resource'"));
    }

    private static Map<String, Object> summaryItem() {
        return new HashMap<>(Map.of("kind", "CHANGED_FIELD", "model", "sale.order", "field", "partner_id",
                "description", "partner_id is now required on quotations", "owner", "sales team"));
    }

    /** The fields a 422 named, an element of a list written as the table writes it ({@code items[].model}). */
    private static TextLimits.Answer answer(Response response) {
        List<String> fields = response.statusCode() == 422 ? response.jsonPath().getList("errors.field", String.class)
                : List.of();
        return new TextLimits.Answer(response.statusCode(), fields == null ? List.of()
                : fields.stream().map(f -> f.replaceAll("\\[\\d+]", "[]")).toList());
    }

    /** A rehearsal 18 → 19 whose standard upgrade succeeded, and the number of its running attempt (0 for none). */
    private final class Rehearsal {

        final String id;
        private final String cutover;
        private int running;

        Rehearsal(String cutover) {
            this.cutover = cutover;
            this.id = Api.requestRehearsal(cutover, clock.instant().minus(Duration.ofHours(6)), 18, 19);
            as(ON_CALL).post(path() + "/hops/18/start").then().statusCode(200);
            as(ON_CALL).body(Map.of("outcome", "SUCCEEDED")).post(path() + "/hops/18/finish").then().statusCode(200);
        }

        String path() {
            return Api.rehearsal(cutover, id);
        }

        /** A push, from a rehearsal awaiting one. */
        Response push(Map<String, Object> body) {
            awaitingPush();
            Response response = as(ON_CALL).body(body).post(path() + "/attempts");
            if (response.statusCode() == 201) {
                running = response.jsonPath().getList("attempts").size();
            }
            return response;
        }

        /** The end of the running attempt, starting one first when none runs. */
        Response finish(Map<String, Object> body) {
            upgrading();
            Response response = as(ON_CALL).body(body).post(path() + "/attempts/" + running + "/finish");
            if (response.statusCode() == 200) {
                running = 0;
            }
            return response;
        }

        /** A signed webhook report: attempt-started, or attempt-finished (failed) when it carries a log excerpt. */
        Response report(String cutover, String secret, Map<String, Object> body) {
            Map<String, Object> call = new HashMap<>(body);
            boolean finishing = call.containsKey("logExcerpt");
            if (finishing) {
                upgrading();
                call.remove("commitRef");
                call.put("action", "attempt-finished");
                call.put("outcome", "FAILED");
                call.put("errorCategory", "PYTHON_ERROR");
                call.put("attemptNumber", running);
            } else {
                awaitingPush();
            }
            byte[] raw = json(call).getBytes(StandardCharsets.UTF_8);
            StandardWebhooks.Headers signed = StandardWebhooks.headers(secret, UUID.randomUUID().toString(),
                    clock.instant(), raw);
            Response response = RestAssured.given().contentType("application/json").body(raw)
                    .header("webhook-id", signed.id())
                    .header("webhook-timestamp", signed.timestamp())
                    .header("webhook-signature", signed.signature())
                    .post("/api/cutovers/" + cutover + "/staging-webhook");
            if (response.statusCode() == 200) {
                running = finishing ? 0 : response.jsonPath().getList("rehearsal.attempts").size();
            }
            return response;
        }

        private void awaitingPush() {
            if (running > 0) {
                as(ON_CALL).body(failure()).post(path() + "/attempts/" + running + "/finish").then().statusCode(200);
                running = 0;
            }
        }

        private void upgrading() {
            if (running == 0) {
                running = as(ON_CALL).body(Map.of("commitRef", "c0ffee1")).post(path() + "/attempts").then()
                        .statusCode(201).extract().jsonPath().getList("attempts").size();
            }
        }
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
