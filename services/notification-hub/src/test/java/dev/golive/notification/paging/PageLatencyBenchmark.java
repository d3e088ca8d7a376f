package dev.golive.notification.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.notification.support.Events;
import dev.golive.notification.support.WebhookReceiver;
import dev.golive.testkit.CatalogEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How long a critical incident takes to page the on-call person at their webhook when incidents
 * come fast on one cutover, and what each costs in CPU. Not part of the default test run (its name
 * is no {@code *Test}); run it alone:
 * {@code mvn -B -o -pl services/notification-hub -am verify -Dtest=PageLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dgolive.bench.incidents=500 -Dgolive.bench.rate=50} by default). It prints p50/p99/max from the
 * publication of each incident to the page's arrival and the CPU time of this JVM (the service, the
 * broker, the test) and of PostgreSQL per incident; it asserts only that every incident paged exactly once.
 */
@QuarkusTest
@TestProfile(PageLatencyBenchmark.Quiet.class)
class PageLatencyBenchmark {

    /** No escalation during the run (nobody acknowledges), and the log level of production. */
    public static class Quiet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("golive.notification.page-ack-timeout", "PT30M",
                    "quarkus.log.category.\"dev.golive\".level", "INFO");
        }
    }

    private static final Pattern NUMBER = Pattern.compile("bench-incident-(\\d+)\\b");
    private final ObjectMapper json = new ObjectMapper();
    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void every_critical_incident_pages_the_primary_once() throws Exception {
        int incidents = Integer.getInteger("golive.bench.incidents", 500);
        int rate = Integer.getInteger("golive.bench.rate", 50);
        String cutover = UUID.randomUUID().toString();
        String tag = cutover.substring(0, 8);
        Api.announce(cutover, "Paging bench " + tag);
        String hook = "bench-nina-" + tag;
        // The primary has a webhook; the others make the incident's notice a real one to render and send.
        Api.create(cutover, Api.stakeholder("nina", "ON_CALL", "Europe/London", "en", "nina." + tag + "@example.com",
                Map.of(receiver.url(hook), "GOLIVE_JSON")));
        Api.create(cutover, Api.stakeholder("oscar", "ON_CALL", "Europe/Paris", "fr", "oscar." + tag + "@example.com",
                Map.of()));
        Api.create(cutover, Api.stakeholder("olivia", "OPS_LEAD", "Europe/London", "en", "olivia." + tag + "@example.com",
                Map.of(receiver.url("bench-olivia-" + tag), "CHAT_TEXT")));
        for (int i = 0; i < 5; i++) {
            Api.create(cutover, Api.stakeholder("biz" + i, "BUSINESS_STAKEHOLDER", "America/New_York", i % 2 == 0 ? "en" : "fr",
                    "biz" + i + "." + tag + "@example.com", Map.of()));
        }
        CatalogEvents.publish(Api.bootstrap(), Events.roster(cutover, "nina", "oscar"));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.rosterShifts(cutover) == 2);

        Map<Integer, Instant> published = new ConcurrentHashMap<>();
        long cpuBefore = jvmCpuNanos();
        Map<Long, Long> pgBefore = postgresCpuTicks();
        Instant start = Instant.now();
        CountDownLatch allSent = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        try {
            // At a fixed rate: each incident is sent at its own time, whether the hub keeps up or not.
            pacer.scheduleAtFixedRate(() -> {
                int n = next.getAndIncrement();
                if (n >= incidents) {
                    allSent.countDown();
                    return;
                }
                published.put(n, Instant.now());
                CatalogEvents.publish(Api.bootstrap(), Events.incident(cutover, "CRITICAL", "bench-incident-" + n + " down"));
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            assertThat(allSent.await(incidents / rate + 60, TimeUnit.SECONDS)).isTrue();
        } finally {
            pacer.shutdownNow();
        }
        await().atMost(Duration.ofMinutes(3)).until(() -> pages(hook).size() >= incidents);
        Instant end = Instant.now();
        long cpu = jvmCpuNanos() - cpuBefore;
        long pg = ticksBetween(pgBefore, postgresCpuTicks());

        Map<Integer, Set<String>> deliveries = new HashMap<>();
        List<Long> latencies = new ArrayList<>();
        for (Page page : pages(hook)) {
            if (deliveries.computeIfAbsent(page.number(), n -> new HashSet<>()).add(page.deliveryId())) {
                if (deliveries.get(page.number()).size() == 1) {
                    latencies.add(Duration.between(published.get(page.number()), page.at()).toMillis());
                }
            }
        }
        latencies.sort(Long::compare);
        double seconds = Duration.between(start, end).toMillis() / 1000.0;
        System.out.printf("%nPAGE LATENCY BENCH: %d critical incidents at %d/s on one cutover, %.1f s%n", incidents, rate,
                seconds);
        System.out.printf("  incident -> page at the webhook: p50 %d ms, p99 %d ms, max %d ms%n",
                percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1));
        System.out.printf("  CPU of this JVM (service + broker + test): %.1f ms per incident; PostgreSQL (the test database's backends): %.1f ms per incident%n",
                cpu / 1e6 / incidents, pg * 10.0 / incidents);
        System.out.printf("  load average: %s%n%n", Files.readString(Path.of("/proc/loadavg")).strip());

        // Every incident paged, each by one delivery (a repeat of the same delivery id would be a retry, not a second page).
        assertThat(deliveries.keySet()).hasSize(incidents);
        assertThat(deliveries.values()).allMatch(ids -> ids.size() == 1);
    }

    private record Page(int number, String deliveryId, Instant at) {
    }

    private List<Page> pages(String hook) {
        List<Page> pages = new ArrayList<>();
        for (WebhookReceiver.Received received : receiver.at(hook)) {
            JsonNode body;
            try {
                body = json.readTree(received.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!"PAGE".equals(body.path("kind").asText())) {
                continue;
            }
            Matcher number = NUMBER.matcher(body.path("text").asText() + " " + body.path("subject").asText());
            if (number.find()) {
                pages.add(new Page(Integer.parseInt(number.group(1)), received.deliveryId(), received.at()));
            }
        }
        return pages;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * utime + stime, in clock ticks (10 ms), of the PostgreSQL backends serving this module's test database
     * (their title names it): other builds on the machine run PostgreSQL servers of their own.
     */
    private static Map<Long, Long> postgresCpuTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        ProcessHandle.allProcesses().forEach(p -> {
            try {
                String cmdline = Files.readString(Path.of("/proc/" + p.pid() + "/cmdline"));
                if (!cmdline.startsWith("postgres: ") || !cmdline.contains("notification_test")) {
                    return;
                }
                String[] stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat")).split("\\) ", 2)[1].split(" ");
                ticks.put(p.pid(), Long.parseLong(stat[11]) + Long.parseLong(stat[12]));
            } catch (IOException | RuntimeException e) {
                // gone meanwhile, or not ours to read
            }
        });
        return ticks;
    }

    /** What the backends alive at both times used in between. */
    private static long ticksBetween(Map<Long, Long> before, Map<Long, Long> after) {
        return after.entrySet().stream().filter(e -> before.containsKey(e.getKey()))
                .mapToLong(e -> Math.max(0, e.getValue() - before.get(e.getKey()))).sum();
    }
}
