package dev.golive.staging.webhook;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.staging.domain.WebhookSignature;
import dev.golive.staging.support.Api;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.staging.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** The machine endpoint: HMAC-signed reports from a CI pipeline or the hosting platform. */
@QuarkusTest
class WebhookTest {

    private static String secret(String cutoverId) {
        return as(OPS_LEAD).post("/api/cutovers/" + cutoverId + "/staging-webhook-secret").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("secret", matchesPattern("[0-9a-f]{64}"))
                .body("signatureHeader", equalTo("X-Golive-Signature"))
                .extract().path("secret");
    }

    private static ValidatableResponse deliver(String cutoverId, String signature, String delivery, String body) {
        var request = RestAssured.given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Golive-Signature", signature);
        }
        if (delivery != null) {
            request.header("X-Golive-Delivery", delivery);
        }
        return request.post("/api/cutovers/" + cutoverId + "/staging-webhook").then();
    }

    private static String sign(String secret, String body) {
        return WebhookSignature.sign(secret.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String stage(String cutoverId, String rehearsalId) {
        return as(DemoUsers.TESTER).get(Api.rehearsal(cutoverId, rehearsalId)).then().statusCode(200)
                .extract().path("stage");
    }

    @Test
    void a_signed_report_moves_the_rehearsal_and_anything_unsigned_replayed_or_unreadable_changes_nothing() {
        String id = Api.knownCutover();
        String rid = Api.requestRehearsal(id, Instant.now().minus(Duration.ofHours(3)), 18, 19);
        String secret = secret(id);

        // A good signature: the platform started the hop 18 → 19.
        String hopStarted = "{\"action\":\"hop-started\",\"rehearsalId\":\"" + rid + "\",\"fromVersion\":18}";
        deliver(id, sign(secret, hopStarted), "delivery-1", hopStarted).statusCode(200)
                .body("applied", equalTo(true))
                .body("rehearsal.stage", equalTo("STANDARD_UPGRADE_RUNNING"))
                .body("rehearsal.hops[0].status", equalTo("RUNNING"));

        String failed = "{\"action\":\"stage-changed\",\"rehearsalId\":\"" + rid + "\",\"stage\":\"FAILED\"}";
        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            // A wrong signature, a missing one, or one made with another secret: 401, nothing changes.
            deliver(id, "sha256=" + "0".repeat(64), "delivery-2", failed).statusCode(401)
                    .contentType("application/problem+json").body("status", equalTo(401));
            deliver(id, null, "delivery-3", failed).statusCode(401).contentType("application/problem+json");
            deliver(id, sign("someone-elses-secret", failed), "delivery-4", failed).statusCode(401);
            // The signature covers the exact bytes: a body altered after signing is refused.
            deliver(id, sign(secret, hopStarted), "delivery-5", failed).statusCode(401);

            // A replayed delivery id changes nothing, even with another (correctly signed) body.
            deliver(id, sign(secret, hopStarted), "delivery-1", hopStarted).statusCode(200)
                    .body("applied", equalTo(false)).body("rehearsal", nullValue());
            deliver(id, sign(secret, failed), "delivery-1", failed).statusCode(200).body("applied", equalTo(false));

            // Signed but unreadable: 400 for JSON that is not JSON, 422 for an unknown action or a missing field.
            String garbage = "{\"action\": \"stage-changed\", ";
            deliver(id, sign(secret, garbage), "delivery-6", garbage).statusCode(400)
                    .contentType("application/problem+json");
            String unknown = "{\"action\":\"explode\",\"rehearsalId\":\"" + rid + "\"}";
            deliver(id, sign(secret, unknown), "delivery-7", unknown).statusCode(422)
                    .body("errors[0].field", equalTo("action"));
            String noStage = "{\"action\":\"stage-changed\",\"rehearsalId\":\"" + rid + "\"}";
            deliver(id, sign(secret, noStage), "delivery-8", noStage).statusCode(422)
                    .body("errors[0].field", equalTo("stage"));
            String badStage = "{\"action\":\"stage-changed\",\"rehearsalId\":\"" + rid + "\",\"stage\":\"DONE\"}";
            deliver(id, sign(secret, badStage), "delivery-9", badStage).statusCode(400);
            // Signed, readable, but the state machine says no: 409, nothing changes.
            String awaiting = "{\"action\":\"attempt-started\",\"rehearsalId\":\"" + rid + "\",\"commitRef\":\"abc\"}";
            deliver(id, sign(secret, awaiting), "delivery-10", awaiting).statusCode(409);
            // A signed call without a delivery id is refused.
            deliver(id, sign(secret, failed), null, failed).statusCode(422)
                    .body("errors[0].field", equalTo("X-Golive-Delivery"));

            staging.awaitNone(CatalogEvents.of(id, EventCatalog.REHEARSAL_STAGE_CHANGED), Duration.ofSeconds(2));
        }
        as(OPS_LEAD).get(Api.rehearsal(id, rid)).then().body("stage", equalTo("STANDARD_UPGRADE_RUNNING"))
                .body("hops[0].status", equalTo("RUNNING"));

        // Rotating the secret: the old one no longer signs anything.
        String rotated = secret(id);
        String succeeded = "{\"action\":\"stage-changed\",\"rehearsalId\":\"" + rid + "\",\"stage\":\"SUCCEEDED\"}";
        deliver(id, sign(secret, succeeded), "delivery-11", succeeded).statusCode(401);
        deliver(id, sign(rotated, succeeded), "delivery-11", succeeded).statusCode(200)
                .body("applied", equalTo(true)).body("rehearsal.stage", equalTo("SUCCEEDED"));
        org.assertj.core.api.Assertions.assertThat(stage(id, rid)).isEqualTo("SUCCEEDED");
    }

    @Test
    void the_full_loop_can_be_reported_by_a_machine() {
        String id = Api.knownCutover();
        String rid = Api.requestRehearsal(id, Instant.now().minus(Duration.ofHours(3)), 18, 19);
        String secret = secret(id);
        String[] calls = {
            "{\"action\":\"hop-started\",\"rehearsalId\":\"" + rid + "\",\"fromVersion\":18}",
            "{\"action\":\"hop-finished\",\"rehearsalId\":\"" + rid + "\",\"fromVersion\":18,\"outcome\":\"SUCCEEDED\"}",
            "{\"action\":\"attempt-started\",\"rehearsalId\":\"" + rid + "\",\"commitRef\":\"9f8e7d6\"}",
            "{\"action\":\"attempt-finished\",\"rehearsalId\":\"" + rid + "\",\"attemptNumber\":1,\"outcome\":\"FAILED\","
                    + "\"errorCategory\":\"REPORT_ERROR\",\"logExcerpt\":\"QWebException in report_invoice\"}",
            "{\"action\":\"attempt-started\",\"rehearsalId\":\"" + rid + "\",\"commitRef\":\"1a2b3c4\"}",
            "{\"action\":\"attempt-finished\",\"rehearsalId\":\"" + rid + "\",\"outcome\":\"SUCCEEDED\"}",
        };
        for (String call : calls) {
            deliver(id, sign(secret, call), UUID.randomUUID().toString(), call).statusCode(200)
                    .body("applied", equalTo(true));
        }
        as(OPS_LEAD).get(Api.rehearsal(id, rid)).then().statusCode(200).body("stage", equalTo("SUCCEEDED"))
                .body("attempts.errorCategory", org.hamcrest.Matchers.contains("REPORT_ERROR", null))
                .body("attempts[0].logExcerpt", equalTo("QWebException in report_invoice"));
        // No secret, no entry: the endpoint of a cutover without one answers 401 like a bad signature.
        String other = UUID.randomUUID().toString();
        deliver(other, sign(secret, calls[0]), "x", calls[0]).statusCode(401);
        as(DemoUsers.ON_CALL).post("/api/cutovers/" + id + "/staging-webhook-secret").then().statusCode(403);
    }
}
