package dev.golive.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.e2e.Api;
import dev.golive.e2e.Cutover;
import dev.golive.e2e.Platform;
import dev.golive.e2e.WebhookReceiver;
import dev.golive.testkit.UserHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.SECOND_ON_CALL;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 5: from a critical incident reported through rollback-decision's API (as the on-call
 * person reports one) to the page arriving at the on-call person's webhook: rollback-decision stores
 * it and relays IncidentReported, notification-hub consumes it, opens a page for oscar (primary on
 * the roster, a stakeholder with a webhook) and delivers it. Incidents are sent at a fixed rate on one
 * cutover (each at its planned instant, whatever the answers before it took); every incident must
 * page once.
 */
final class Paging {

    static final String SCENARIO = "5 incident → page";
    static final String HOOK = "oscar-bench";

    private final Platform platform;
    private final Figures figures;
    private final Cpu cpu;
    private final int seconds = Integer.getInteger("golive.bench.paging.seconds", 10);

    Paging(Platform platform, Figures figures, Cpu cpu) {
        this.platform = platform;
        this.figures = figures;
        this.cpu = cpu;
    }

    /**
     * A cutover ready to page: oscar registered with a webhook, the window scheduled and the roster
     * (oscar primary) published and heard of by notification-hub.
     */
    static String pageableCutover(Platform platform, String label) {
        String id = PlatformBenchmark.plan(platform, 1, label).get(0);
        Api api = platform.api;
        await("notification-hub and weekend-testing know " + id).atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> platform.knows("notification-hub", id) && platform.knows("weekend-testing", id));
        Map<String, Object> oscar = new LinkedHashMap<>();
        oscar.put("name", "Oscar Oncall");
        oscar.put("username", ON_CALL);
        oscar.put("role", "ON_CALL");
        oscar.put("zone", "Europe/Brussels");
        oscar.put("language", "en");
        oscar.put("webhooks", List.of(Map.of("url", platform.webhooks.url(HOOK), "format", "GOLIVE_JSON")));
        api.post("notification-hub", "/api/cutovers/" + id + "/stakeholders", OPS_LEAD, oscar, 201);
        JsonNode proposals = api.get("cutover-planner", "/api/cutovers/" + id + "/window-proposals?count=1", OPS_LEAD);
        String downtime = proposals.get("windows").get(0).get("downtimeStart").asText();
        // The proposal is a wall-clock time in the cutover's zone (FaultLoad.plan: Europe/Brussels).
        Instant downtimeAt = LocalDateTime.parse(downtime).atZone(ZoneId.of("Europe/Brussels")).toInstant();
        // oscar primary and nina secondary from now on, so that the incidents of the run page oscar.
        Map<String, Object> roster = Map.of("shifts", List.of(
                Map.of("id", "primary", "person", ON_CALL, "role", "PRIMARY",
                        "start", Instant.now().minus(Duration.ofHours(1)).toString(),
                        "end", downtimeAt.plus(Duration.ofDays(7)).toString()),
                Map.of("id", "secondary", "person", SECOND_ON_CALL, "role", "SECONDARY",
                        "start", Instant.now().minus(Duration.ofHours(1)).toString(),
                        "end", downtimeAt.plus(Duration.ofDays(7)).toString())));
        api.put("cutover-planner", "/api/cutovers/" + id + "/window", OPS_LEAD,
                Map.of("downtimeStart", downtime, "reason", "benchmark"), 200);
        // weekend-testing answers 409 until it has consumed the window.
        await("weekend-testing takes the roster of " + id).atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> api.attempt("PUT", "weekend-testing", "/api/cutovers/" + id + "/roster", OPS_LEAD,
                        roster).status() == 200);
        await("notification-hub has the roster of " + id).atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> rosterShifts(platform, id) > 0);
        return id;
    }

    private static int rosterShifts(Platform platform, String cutover) {
        try (Connection db = platform.postgres.connect("golive");
             PreparedStatement q = db.prepareStatement(
                     "SELECT count(*) FROM notification.roster_shift WHERE cutover_id = ?")) {
            q.setObject(1, UUID.fromString(cutover));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void round(String cutover, int round) throws Exception {
        for (int rate : new int[]{10, 50, 100}) {
            atRate(cutover, round, rate);
        }
    }

    private void atRate(String cutover, int round, int rate) throws Exception {
        String label = rate + " incidents/s";
        int count = rate * seconds;
        String prefix = "[bp-" + round + "-" + rate + "-";
        Map<String, Instant> sent = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
        Map<Integer, String> sample = new ConcurrentHashMap<>();
        java.util.Set<String> unanswered = ConcurrentHashMap.newKeySet();
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(64, rate));
        CpuWindow window = cpu.begin();
        try {
            List<Future<?>> calls = new ArrayList<>();
            long next = System.nanoTime();
            long gap = 1_000_000_000L / rate;
            for (int i = 0; i < count; i++) {
                LockSupport.parkNanos(next - System.nanoTime());
                next += gap;
                String marker = prefix + i + "]";
                calls.add(senders.submit(() -> {
                    sent.put(marker, Instant.now());
                    UserHttp.Answer a = platform.api.attempt("POST", "rollback-decision",
                            "/api/cutovers/" + cutover + "/incidents", ON_CALL,
                            Cutover.catastrophe("Vendor bills posted twice " + marker,
                                    "Every vendor bill validated has two journal entries"));
                    if (a.status() != 201) {
                        // Not stored as far as the client knows (or, with no answer, not known): no page expected.
                        unanswered.add(marker);
                        refused.incrementAndGet();
                        refusals.computeIfAbsent(a.status(), s -> new AtomicInteger()).incrementAndGet();
                        sample.putIfAbsent(a.status(), marker + " after "
                                + Duration.between(sent.get(marker), Instant.now()).toMillis() + " ms: "
                                + String.valueOf(a.body()).substring(0, Math.min(300, String.valueOf(a.body()).length())));
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            senders.shutdown();
        }
        // A report refused is a limit of the platform the reporter is told of, not a loss: a figure, with the
        // statuses in the notes (one answer of each printed). A page lost is one for a report answered 201.
        figures.add(SCENARIO, label + ": reports not answered 201", "requests", refused.get());
        if (refused.get() > 0) {
            System.out.println("BENCH " + label + ": refused " + refusals + "; one answer of each: " + sample);
            figures.note(SCENARIO + ", round " + round + ", " + label + ": " + refused.get() + " of " + count
                    + " reports not answered 201 (status → how many, -1 no answer: " + refusals + ")");
        }
        sent.keySet().removeAll(unanswered);
        int accepted = sent.size();
        await(label + ": a page for each of the " + accepted + " critical incidents stored").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> pages(prefix).keySet().containsAll(sent.keySet()));
        var used = cpu.end(window);
        LateCopies.watch(Duration.ofSeconds(3), () -> pages(prefix).values().stream().anyMatch(p -> p.size() > 1));
        Map<String, List<Instant>> pages = pages(prefix);
        int duplicates = pages.values().stream().mapToInt(p -> p.size() - 1).sum();
        int lost = (int) sent.keySet().stream().filter(m -> !pages.containsKey(m)).count();
        figures.add(SCENARIO, label + ": pages lost", "pages", lost);
        figures.add(SCENARIO, label + ": pages duplicated", "pages", duplicates);
        if (lost > 0 || duplicates > 0) {
            throw new AssertionError(label + ": " + lost + " incidents without a page, " + duplicates + " pages twice");
        }
        List<Double> millis = new ArrayList<>();
        sent.forEach((marker, at) -> millis.add((double) Duration.between(at, pages.get(marker).get(0)).toMillis()));
        Collections.sort(millis);
        figures.add(SCENARIO, label + ": incident→page p50", "ms", Figures.percentile(millis, 0.5));
        figures.add(SCENARIO, label + ": incident→page p99", "ms", Figures.percentile(millis, 0.99));
        cpu.record(figures, SCENARIO, label, "critical incident", accepted, used);
    }

    /** The page deliveries to oscar's hook whose incident carries {@code prefix}, by marker. */
    private Map<String, List<Instant>> pages(String prefix) {
        Map<String, List<Instant>> pages = new LinkedHashMap<>();
        for (WebhookReceiver.Delivery d : platform.webhooks.deliveries(HOOK)) {
            int at = d.body().indexOf(prefix);
            if (at < 0) {
                continue;
            }
            JsonNode body;
            try {
                body = Api.JSON.readTree(d.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!"PAGE".equals(body.path("kind").asText())) {
                continue;
            }
            String marker = d.body().substring(at, d.body().indexOf(']', at) + 1);
            pages.computeIfAbsent(marker, m -> new ArrayList<>()).add(d.receivedAt());
        }
        return pages;
    }
}
