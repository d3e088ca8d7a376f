package dev.golive.staging.webhook;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.edge.webhook.StandardWebhooks;
import dev.golive.staging.support.Api;
import dev.golive.staging.support.TestClock;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** The machine endpoint: reports from a CI pipeline or the hosting platform, signed as Standard Webhooks says. */
@QuarkusTest
class WebhookTest {

    @Inject
    TestClock clock;

    @BeforeEach
    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String secret(String cutoverId) {
        return as(OPS_LEAD).post("/api/cutovers/" + cutoverId + "/staging-webhook-secret").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .body("scheme", equalTo("https://www.standardwebhooks.com"))
                .body("signatureHeader", equalTo("webhook-signature"))
                .body("deliveryHeader", equalTo("webhook-id"))
                .body("timestampHeader", equalTo("webhook-timestamp"))
                .extract().path("secret");
    }

    /** A call as a sender signs it: its delivery id and the time it is sent, both signed with the body. */
    private record Signed(String delivery, String timestamp, String signature) {
    }

    private Signed sign(String secret, String delivery, String body) {
        long now = clock.instant().getEpochSecond();
        return new Signed(delivery, Long.toString(now),
                StandardWebhooks.sign(secret, delivery, now, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static ValidatableResponse deliver(String cutoverId, Signed call, String body) {
        return deliver(cutoverId, call.signature(), call.delivery(), call.timestamp(), body);
    }

    private static ValidatableResponse deliver(String cutoverId, String signature, String delivery, String timestamp,
                                               String body) {
        var request = RestAssured.given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("webhook-signature", signature);
        }
        if (delivery != null) {
            request.header("webhook-id", delivery);
        }
        if (timestamp != null) {
            request.header("webhook-timestamp", timestamp);
        }
        return request.post("/api/cutovers/" + cutoverId + "/staging-webhook").then();
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
        Signed first = sign(secret, "delivery-1", hopStarted);
        deliver(id, first, hopStarted).statusCode(200)
                .body("applied", equalTo(true))
                .body("rehearsal.stage", equalTo("STANDARD_UPGRADE_RUNNING"))
                .body("rehearsal.hops[0].status", equalTo("RUNNING"));

        String failed = "{\"action\":\"stage-changed\",\"rehearsalId\":\"" + rid + "\",\"stage\":\"FAILED\"}";
        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            // A wrong signature, a missing one, or one made with another secret: 401, nothing changes.
            String now = Long.toString(clock.instant().getEpochSecond());
            deliver(id, "v1," + java.util.Base64.getEncoder().encodeToString(new byte[32]), "delivery-2", now, failed)
                    .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
            deliver(id, null, "delivery-3", now, failed).statusCode(401).contentType("application/problem+json");
            deliver(id, sign(StandardWebhooks.newSecret(), "delivery-4", failed), failed).statusCode(401);
            // The signature covers the exact bytes: a body altered after signing is refused.
            Signed fifth = sign(secret, "delivery-5", hopStarted);
            deliver(id, fifth, failed).statusCode(401);
            // No time, or one more than 5 minutes from now either way: refused, whatever the signature.
            deliver(id, fifth.signature(), "delivery-5", null, hopStarted).statusCode(401);
            clock.advance(Duration.ofMinutes(-6));
            Signed early = sign(secret, "delivery-5", failed);
            clock.reset();
            deliver(id, early, failed).statusCode(401);
            clock.advance(Duration.ofMinutes(6));
            Signed late = sign(secret, "delivery-5", failed);
            clock.reset();
            deliver(id, late, failed).statusCode(401);

            // A captured call sent again under a new delivery id: the id is signed, so it is refused.
            deliver(id, first.signature(), "delivery-1-again", first.timestamp(), hopStarted).statusCode(401);
            // The same captured call replayed as it was: the id was applied, so it changes nothing…
            deliver(id, first, hopStarted).statusCode(200).body("applied", equalTo(false)).body("rehearsal", nullValue());
            // …and replayed once its time is past the tolerance, it is refused outright.
            clock.advance(Duration.ofMinutes(6));
            deliver(id, first, hopStarted).statusCode(401);
            clock.reset();

            // A replayed delivery id changes nothing, even with another (correctly signed) body.
            deliver(id, sign(secret, "delivery-1", hopStarted), hopStarted).statusCode(200)
                    .body("applied", equalTo(false)).body("rehearsal", nullValue());
            deliver(id, sign(secret, "delivery-1", failed), failed).statusCode(200).body("applied", equalTo(false));

            // Signed but unreadable: 400 for JSON that is not JSON, 422 for an unknown action or a missing field.
            String garbage = "{\"action\": \"stage-changed\", ";
            deliver(id, sign(secret, "delivery-6", garbage), garbage).statusCode(400)
                    .contentType("application/problem+json");
            String unknown = "{\"action\":\"explode\",\"rehearsalId\":\"" + rid + "\"}";
            deliver(id, sign(secret, "delivery-7", unknown), unknown).statusCode(422)
                    .body("errors[0].field", equalTo("action"));
            String noStage = "{\"action\":\"stage-changed\",\"rehearsalId\":\"" + rid + "\"}";
            deliver(id, sign(secret, "delivery-8", noStage), noStage).statusCode(422)
                    .body("errors[0].field", equalTo("stage"));
            String badStage = "{\"action\":\"stage-changed\",\"rehearsalId\":\"" + rid + "\",\"stage\":\"DONE\"}";
            deliver(id, sign(secret, "delivery-9", badStage), badStage).statusCode(400);
            // Signed, readable, but the state machine says no: 409, nothing changes.
            String awaiting = "{\"action\":\"attempt-started\",\"rehearsalId\":\"" + rid + "\",\"commitRef\":\"abc\"}";
            deliver(id, sign(secret, "delivery-10", awaiting), awaiting).statusCode(409);
            // A call without a delivery id is refused: there is nothing to check its signature against.
            Signed noId = sign(secret, "delivery-x", failed);
            deliver(id, noId.signature(), null, noId.timestamp(), failed).statusCode(422)
                    .body("errors[0].field", equalTo("webhook-id"));

            staging.awaitNone(CatalogEvents.of(id, EventCatalog.REHEARSAL_STAGE_CHANGED), Duration.ofSeconds(2));
        }
        as(OPS_LEAD).get(Api.rehearsal(id, rid)).then().body("stage", equalTo("STANDARD_UPGRADE_RUNNING"))
                .body("hops[0].status", equalTo("RUNNING"));

        // Rotating the secret: the old one no longer signs anything.
        String rotated = secret(id);
        String succeeded = "{\"action\":\"stage-changed\",\"rehearsalId\":\"" + rid + "\",\"stage\":\"SUCCEEDED\"}";
        deliver(id, sign(secret, "delivery-11", succeeded), succeeded).statusCode(401);
        deliver(id, sign(rotated, "delivery-11", succeeded), succeeded).statusCode(200)
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
            deliver(id, sign(secret, UUID.randomUUID().toString(), call), call).statusCode(200)
                    .body("applied", equalTo(true));
        }
        as(OPS_LEAD).get(Api.rehearsal(id, rid)).then().statusCode(200).body("stage", equalTo("SUCCEEDED"))
                .body("attempts.errorCategory", org.hamcrest.Matchers.contains("REPORT_ERROR", null))
                .body("attempts[0].logExcerpt", equalTo("QWebException in report_invoice"));
        // No secret, no entry: the endpoint of a cutover without one answers 401 like a bad signature.
        String other = UUID.randomUUID().toString();
        deliver(other, sign(secret, "x", calls[0]), calls[0]).statusCode(401);
        as(DemoUsers.ON_CALL).post("/api/cutovers/" + id + "/staging-webhook-secret").then().statusCode(403);
    }
}
