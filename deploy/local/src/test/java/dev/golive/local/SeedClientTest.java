package dev.golive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.golive.local.SeedClient.SeedException;
import dev.golive.testkit.TokenCache;
import dev.golive.testkit.UserHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed writes for a cutover right after cutover-planner created it, before every service has
 * heard of it: a 404 unknown-cutover (nothing written) is sent again until the service knows the
 * cutover, within a bounded wait; every other refusal stops the seed at once, as before.
 */
class SeedClientTest {

    private static final String UNKNOWN = """
            {"type":"https://golive.dev/problems/unknown-cutover","title":"Unknown cutover","status":404,
             "detail":"cutover c1 is not known to notification-hub: cutover-planner has not announced it"}""";
    private static final String NOT_FOUND = """
            {"type":"https://golive.dev/problems/not-found","title":"Not found","status":404,
             "detail":"no stakeholder s9"}""";

    private static final String NOT_A_MEMBER = """
            {"type":"https://golive.dev/problems/not-a-member","title":"Not a member of this cutover","status":403,
             "detail":"you take no part in cutover c1 in a role that may do this (ops-lead)"}""";
    private static final String FORBIDDEN = """
            {"type":"https://golive.dev/problems/forbidden","title":"Forbidden","status":403,
             "detail":"ops-lead only"}""";

    private HttpServer service;
    /** What the fake service answers before it knows the cutover. */
    private volatile String notYet = "404 " + UNKNOWN;
    private final AtomicInteger calls = new AtomicInteger();
    /** How many calls the fake service answers {@link #UNKNOWN} before it knows the cutover. */
    private volatile int unknownFor;
    private volatile String otherwise = "201 {\"id\":\"s1\"}";

    @BeforeEach
    void startService() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            int n = calls.incrementAndGet();
            String answer = n <= unknownFor ? notYet : otherwise;
            int status = Integer.parseInt(answer.substring(0, 3));
            byte[] body = answer.substring(4).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        service.start();
    }

    @AfterEach
    void stopService() {
        service.stop(0);
    }

    @Test
    void a_write_refused_as_unknown_cutover_is_sent_again_until_the_service_knows_the_cutover() {
        unknownFor = 3;

        JsonNode created = client(Duration.ofSeconds(30)).post("olivia", url(), Map.of("name", "Olivia"));

        assertThat(created.path("id").asText()).isEqualTo("s1");
        assertThat(calls).hasValue(4);
    }

    @Test
    void a_call_refused_while_the_cutover_s_members_are_on_their_way_is_sent_again_until_they_arrive() {
        unknownFor = 2;
        notYet = "403 " + NOT_A_MEMBER;

        JsonNode created = client(Duration.ofSeconds(30)).post("olivia", url(), Map.of("name", "Olivia"));

        assertThat(created.path("id").asText()).isEqualTo("s1");
        assertThat(calls).hasValue(3);
    }

    @Test
    void a_refusal_of_the_role_stops_the_seed_at_once() {
        otherwise = "403 " + FORBIDDEN;

        assertThatThrownBy(() -> client(Duration.ofSeconds(30)).post("olivia", url(), Map.of("name", "Olivia")))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("ops-lead only");
        assertThat(calls).hasValue(1);
    }

    @Test
    void any_other_refusal_stops_the_seed_at_once() {
        otherwise = "404 " + NOT_FOUND;

        assertThatThrownBy(() -> client(Duration.ofSeconds(30)).post("olivia", url(), Map.of("name", "Olivia")))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("no stakeholder s9")
                .satisfies(e -> assertThat(((SeedException) e).status()).isEqualTo(404));
        assertThat(calls).hasValue(1);
    }

    @Test
    void a_cutover_still_unknown_after_the_wait_stops_the_seed_with_the_service_s_detail() {
        unknownFor = Integer.MAX_VALUE;

        assertThatThrownBy(() -> client(Duration.ofSeconds(1)).post("olivia", url(), Map.of("name", "Olivia")))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("is not known to notification-hub");
        assertThat(calls.get()).as("asked more than once before giving up").isGreaterThan(1);
    }

    private String url() {
        return "http://127.0.0.1:" + service.getAddress().getPort() + "/api/cutovers/c1/stakeholders";
    }

    private static SeedClient client(Duration announcementWait) {
        return new SeedClient(new UserHttp(new TokenCache(user -> unsignedToken())), announcementWait,
                Duration.ofMillis(20));
    }

    /** A token the fake service does not check; only its expiry is read, by the token cache. */
    private static String unsignedToken() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"exp\":" + Instant.now().plus(Duration.ofHours(1)).getEpochSecond() + "}";
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".unsigned";
    }
}
