package dev.golive.integration.probe;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.integration.support.Api;
import dev.golive.integration.support.Db;
import dev.golive.integration.support.Events;
import dev.golive.integration.support.LoopbackServers;
import dev.golive.integration.support.ProbeTls;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.integration.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Probes against real servers on loopback: a pass, a wrong status, a timeout, a certificate that expires too soon. */
@QuarkusTest
class ProbeRunTest {

    @Inject
    Vertx vertx;

    private LoopbackServers servers;
    private String cutoverId;
    private String integrationId;

    @BeforeEach
    void setUp() {
        servers = LoopbackServers.start(vertx);
        cutoverId = Api.knownCutover();
        integrationId = Api.register(cutoverId, Api.integrationBody("Carrier", "HIGH", true, List.of()));
    }

    @AfterEach
    void tearDown() {
        servers.close();
    }

    private JsonPath run(String probeId) {
        return as(DemoUsers.ON_CALL).post(Api.run(cutoverId, integrationId, probeId)).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void a_probe_that_gets_the_expected_status_and_json_passes_and_is_announced() {
        String probeId = Api.probe(cutoverId, integrationId, Map.of("target", servers.http("/health"),
                "jsonAssertions", Map.of("/status", "ok", "/version", "19")));
        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            JsonPath result = run(probeId);
            assertThat(result.getString("outcome")).isEqualTo("PASSED");
            assertThat(result.getInt("httpStatus")).isEqualTo(200);
            assertThat(result.getList("failures")).isEmpty();
            assertThat(result.getString("runKind")).isEqualTo("MANUAL");

            ProbeCompleted completed = CatalogEvents.await(integration, cutoverId, EventCatalog.PROBE_COMPLETED, 1).get(0);
            assertThat(completed.probeId()).isEqualTo(probeId);
            assertThat(completed.integrationId()).isEqualTo(integrationId);
            assertThat(completed.outcome()).isEqualTo("PASSED");
            assertThat(completed.httpStatus()).isEqualTo(200);
            assertThat(completed.scheduled()).isFalse();
            assertThat(completed.responseTimeMillis()).isNotNull();
        }
        as(DemoUsers.ON_CALL).get(Api.probes(cutoverId, integrationId) + "/" + probeId + "/results").then().statusCode(200)
                .body("", hasSize(1)).body("[0].outcome", equalTo("PASSED"));
        // A probe's results name the endpoint it called: not for testers (README, Access).
        as(DemoUsers.TESTER).get(Api.probes(cutoverId, integrationId) + "/" + probeId + "/results").then().statusCode(403);
    }

    @Test
    void a_wrong_status_fails_the_probe_and_a_wrong_json_value_is_named() {
        String teapot = Api.probe(cutoverId, integrationId, Map.of("target", servers.http("/status/418"),
                "retries", 0));
        JsonPath result = run(teapot);
        assertThat(result.getString("outcome")).isEqualTo("FAILED");
        assertThat(result.getInt("httpStatus")).isEqualTo(418);
        assertThat(result.getList("failures", String.class)).containsExactly("expected HTTP 200, got 418");

        String json = Api.probe(cutoverId, integrationId, Map.of("target", servers.http("/health"),
                "jsonAssertions", Map.of("/version", "18")));
        assertThat(run(json).getList("failures", String.class)).containsExactly("/version: expected \"18\", got \"19\"");

        as(DemoUsers.STAKEHOLDER).get(Api.readiness(cutoverId)).then().statusCode(200)
                .body("ready", equalTo(false))
                .body("integrations[0].reasons.find { it.startsWith('the last probe failed') }",
                        org.hamcrest.Matchers.containsString("expected HTTP 200, got 418"));
        // The reasons name the probe that failed by its target to those who read the integrations; a
        // stakeholder reads the same verdict with the client's endpoints blanked out.
        String teapotTarget = servers.http("/status/418");
        as(DemoUsers.ON_CALL).get(Api.readiness(cutoverId)).then().statusCode(200)
                .body("integrations[0].reasons.find { it.startsWith('the last probe failed') }",
                        org.hamcrest.Matchers.containsString(teapotTarget + ": expected HTTP 200, got 418"));
        String shown = as(DemoUsers.STAKEHOLDER).get(Api.readiness(cutoverId)).then().statusCode(200)
                .body("integrations[0].reasons.find { it.startsWith('the last probe failed') }",
                        org.hamcrest.Matchers.containsString("[endpoint]: expected HTTP 200, got 418"))
                .extract().asString();
        assertThat(shown).doesNotContain("127.0.0.1").doesNotContain("api.carrier.example");
    }

    @Test
    void a_response_slower_than_the_timeout_fails_after_the_retries() {
        String slow = Api.probe(cutoverId, integrationId, Map.of("target", servers.http("/slow"),
                "timeout", "PT0.4S", "retries", 1, "initialBackoff", "PT0.05S"));
        Instant before = Instant.now();
        JsonPath result = run(slow);
        assertThat(result.getString("outcome")).isEqualTo("FAILED");
        assertThat(result.getList("failures", String.class)).containsExactly("timed out: no response within 400 ms");
        assertThat(result.getInt("attempts")).isEqualTo(2);
        assertThat((Object) result.get("httpStatus")).isNull();
        assertThat(Duration.between(before, Instant.now())).isLessThan(LoopbackServers.SLOW);
        assertThat(servers.hits("/slow")).isEqualTo(2);
    }

    @Test
    void a_server_error_is_retried_with_backoff_and_the_retry_passes() {
        String flaky = Api.probe(cutoverId, integrationId, Map.of("target", servers.http("/flaky/" + UUID.randomUUID()),
                "retries", 2, "initialBackoff", "PT0.05S"));
        JsonPath result = run(flaky);
        assertThat(result.getString("outcome")).isEqualTo("PASSED");
        assertThat(result.getInt("attempts")).isEqualTo(2);
    }

    @Test
    void the_certificate_is_read_from_the_tls_session_and_one_expiring_before_the_go_live_fails_the_probe() {
        String https = Api.probe(cutoverId, integrationId, Map.of("target", servers.https("/health"),
                "certificateMargin", "P7D"));
        // No window yet: judged against today, and 3 days of validity do not cover 7 days of margin either.
        JsonPath early = run(https);
        Instant notAfter = Instant.parse(early.getString("certificateExpiresAt"));
        assertThat(notAfter).isBetween(Instant.now().plus(Duration.ofDays(ProbeTls.VALID_DAYS)).minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofDays(ProbeTls.VALID_DAYS)).plus(Duration.ofHours(1)));
        assertThat(early.getInt("httpStatus")).isEqualTo(200);

        String lenient = Api.probe(cutoverId, integrationId, Map.of("target", servers.https("/health"),
                "certificateMargin", "PT0S"));
        assertThat(run(lenient).getString("outcome")).as("valid today, no margin, no window").isEqualTo("PASSED");

        // The go-live is ten days ahead: the certificate expires before it.
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutoverId, 1, Events.inDays(10)));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(cutoverId, 1));
        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            JsonPath result = run(lenient);
            assertThat(result.getString("outcome")).isEqualTo("FAILED");
            assertThat(result.getList("failures", String.class)).singleElement().asString()
                    .startsWith("the TLS certificate expires at " + notAfter)
                    .contains("the go-live date " + Db.projection(cutoverId).orElseThrow().goLiveDate);
            ProbeCompleted completed = CatalogEvents.await(integration, cutoverId, EventCatalog.PROBE_COMPLETED,
                    c -> lenient.equals(c.probeId()) && "FAILED".equals(c.outcome()), 1).get(0);
            assertThat(completed.certificateExpiresAt()).isEqualTo(notAfter);
            assertThat(completed.outcome()).isEqualTo("FAILED");
        }
    }

    @Test
    void an_unreachable_port_fails_as_a_connection_failure() {
        String closed = Api.probe(cutoverId, integrationId, Map.of("target", "http://127.0.0.1:1/health",
                "retries", 0));
        JsonPath result = run(closed);
        assertThat(result.getString("outcome")).isEqualTo("FAILED");
        assertThat(result.getList("failures", String.class)).singleElement().asString()
                .startsWith("the request failed: cannot connect to 127.0.0.1:1");
    }
}
