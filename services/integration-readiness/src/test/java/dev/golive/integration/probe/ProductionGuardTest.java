package dev.golive.integration.probe;

import dev.golive.integration.domain.ProbeSpec;
import dev.golive.integration.support.LoopbackServers;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prober with the production guard on, as in production: targets in refused ranges are refused
 * before any connection. Every dial is recorded and anything but a loopback dial is vetoed, so the test
 * itself can never send traffic to another address, and "nothing was dialled" is checked, not assumed.
 */
class ProductionGuardTest {

    private static Vertx vertx;
    private static LoopbackServers servers;

    private final List<InetSocketAddress> dials = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        servers = LoopbackServers.start(vertx);
    }

    @AfterAll
    static void stop() throws Exception {
        servers.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The guard on; {@code allowedHosts} may reach refused ranges; names resolve through {@code names} only. */
    private HttpProber prober(Set<String> allowedHosts, Map<String, String> names) {
        HttpProber.Resolver resolver = host -> {
            String address = names.get(host);
            if (address != null) {
                return new InetAddress[] {InetAddress.getByName(address)};
            }
            if (Character.isDigit(host.charAt(0))) {
                return InetAddress.getAllByName(host); // an IP literal: no lookup
            }
            throw new UnknownHostException(host);
        };
        return new HttpProber(vertx, true, allowedHosts, resolver, 3, 64 * 1024, Duration.ofSeconds(2),
                HttpProber.trust(Optional.empty(), Optional.empty()), server -> {
                    dials.add(server);
                    if (!server.getAddress().isLoopbackAddress()) {
                        throw new IllegalStateException("the test vetoes a dial to " + server);
                    }
                });
    }

    private static ProbeSpec spec(String target) {
        return new ProbeSpec(URI.create(target), 200, Duration.ofSeconds(2), 2, Duration.ofMillis(20), Map.of(),
                Duration.ZERO);
    }

    @Test
    void a_private_address_literal_is_refused_without_connecting_and_not_retried() {
        try (HttpProber prober = prober(Set.of(), Map.of())) {
            ProbeRunner.Observed seen = ProbeRunner.run(prober, spec("http://10.1.2.3/"));

            assertThat(seen.observation().httpStatus()).isNull();
            assertThat(seen.observation().failure()).startsWith("refused by address policy")
                    .contains("10.1.2.3").contains("private 10.0.0.0/8");
            assertThat(seen.attempts()).as("a refusal is not retried").isEqualTo(1);
            assertThat(dials).isEmpty();
        }
    }

    @Test
    void a_name_resolving_to_a_private_address_is_refused_without_connecting() {
        try (HttpProber prober = prober(Set.of(), Map.of("erp-connector.internal.test", "192.168.7.9"))) {
            ProbeRunner.Observed seen = ProbeRunner.run(prober, spec("https://erp-connector.internal.test/api"));

            assertThat(seen.observation().dnsResolved()).isTrue();
            assertThat(seen.observation().failure()).contains("192.168.7.9").contains("private 192.168.0.0/16");
            assertThat(dials).isEmpty();
        }
    }

    @Test
    void a_loopback_server_is_refused_unless_an_administrator_allows_its_host() {
        String health = servers.http("/health");
        int before = servers.hits("/health");
        try (HttpProber prober = prober(Set.of(), Map.of())) {
            ProbeRunner.Observed seen = ProbeRunner.run(prober, spec(health));
            assertThat(seen.observation().failure()).contains("loopback 127.0.0.0/8");
            assertThat(dials).isEmpty();
            assertThat(servers.hits("/health")).isEqualTo(before);
        }
        try (HttpProber prober = prober(Set.of("127.0.0.1"), Map.of())) {
            ProbeRunner.Observed seen = ProbeRunner.run(prober, spec(health));
            assertThat(seen.observation().httpStatus()).isEqualTo(200);
            assertThat(seen.observation().failure()).isNull();
            assertThat(servers.hits("/health")).isEqualTo(before + 1);
        }
    }

    @Test
    void a_redirect_from_an_allowed_loopback_server_to_a_private_address_is_refused_before_following_it() {
        String redirect = servers.http("/redirect?to=http://10.1.2.3/admin");
        int before = servers.hits("/redirect");
        try (HttpProber prober = prober(Set.of("127.0.0.1"), Map.of())) {
            ProbeTransport.Outcome outcome = prober.attempt(
                    new ProbeTransport.Request("GET", URI.create(redirect), Duration.ofSeconds(2)), Set.of());

            assertThat(outcome.error()).isEqualTo(ProbeTransport.Error.ADDRESS_REFUSED);
            assertThat(outcome.errorDetail()).contains("10.1.2.3").contains("private");
            assertThat(outcome.redirects()).containsExactly(URI.create("http://10.1.2.3/admin"));
            assertThat(servers.hits("/redirect")).isEqualTo(before + 1);
            assertThat(dials).hasSize(1).allSatisfy(d -> assertThat(d.getAddress().isLoopbackAddress()).isTrue());
        }
    }

    @Test
    void redirects_are_followed_by_hand_at_most_three_times() {
        String hop3 = servers.http("/redirect?to=" + servers.http("/health"));
        String hop2 = servers.http("/redirect?to=" + encode(hop3));
        String hop1 = servers.http("/redirect?to=" + encode(hop2));
        String hop0 = servers.http("/redirect?to=" + encode(hop1));
        try (HttpProber prober = prober(Set.of("127.0.0.1"), Map.of())) {
            ProbeTransport.Outcome three = prober.attempt(
                    new ProbeTransport.Request("GET", URI.create(hop1), Duration.ofSeconds(2)), Set.of("/status"));
            assertThat(three.httpStatus()).isEqualTo(200);
            assertThat(three.redirects()).hasSize(3);
            assertThat(three.jsonValues()).containsEntry("/status", "ok");

            ProbeTransport.Outcome four = prober.attempt(
                    new ProbeTransport.Request("GET", URI.create(hop0), Duration.ofSeconds(2)), Set.of());
            assertThat(four.error()).isEqualTo(ProbeTransport.Error.TOO_MANY_REDIRECTS);
            assertThat(four.errorDetail()).contains("more than 3 redirects");
        }
    }

    @Test
    void a_body_beyond_the_cap_fails_the_probe() {
        try (HttpProber prober = prober(Set.of("127.0.0.1"), Map.of())) {
            ProbeRunner.Observed seen = ProbeRunner.run(prober, spec(servers.http("/big")));
            assertThat(seen.observation().httpStatus()).isEqualTo(200);
            assertThat(seen.observation().failure()).isEqualTo("response body larger than 65536 bytes");
        }
    }

    private static String encode(String url) {
        return java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
    }
}
