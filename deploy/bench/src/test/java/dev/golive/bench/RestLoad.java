package dev.golive.bench;

import dev.golive.e2e.FaultLoad;
import dev.golive.e2e.Platform;
import dev.golive.testkit.UserHttp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.golive.testkit.DemoUsers.ON_CALL;

/**
 * Scenario 3: incidents reported through rollback-decision's REST API, as the on-call person does
 * (a bearer token from Keycloak, fetched once and renewed by the testkit), by 1, 4 and 16 clients
 * at once, each sending a fixed number of requests one after the other.
 */
final class RestLoad {

    static final String SCENARIO = "3 REST incident creation";

    private final Platform platform;
    private final Figures figures;
    private final Cpu cpu;
    private final int perClient = Integer.getInteger("golive.bench.rest.requests", 100);

    RestLoad(Platform platform, Figures figures, Cpu cpu) {
        this.platform = platform;
        this.figures = figures;
        this.cpu = cpu;
    }

    void round(List<String> cutovers) throws Exception {
        // One call first, so that the token is fetched before any clock starts.
        report(cutovers.get(0), "warm-up");
        for (int clients : new int[]{1, 4, 16}) {
            clients(clients, cutovers);
        }
    }

    private void clients(int clients, List<String> cutovers) throws Exception {
        String label = clients + (clients == 1 ? " client" : " clients");
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CpuWindow window = cpu.begin();
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        String cutover = cutovers.get(Math.floorMod(next.getAndIncrement(), cutovers.size()));
                        long sent = System.nanoTime();
                        UserHttp.Answer answer = report(cutover, label);
                        millis.add((System.nanoTime() - sent) / 1e6);
                        if (answer.status() != 201) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var used = cpu.end(window);
        int count = clients * perClient;
        if (failed.get() > 0) {
            throw new AssertionError(label + ": " + failed.get() + " of " + count + " incident reports not answered 201");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        figures.add(SCENARIO, label + ": throughput", "requests/s", count / seconds);
        figures.baseline(SCENARIO, label + ": throughput", SCENARIO, "1 client: throughput");
        figures.add(SCENARIO, label + ": latency p50", "ms", Figures.percentile(sorted, 0.5));
        figures.add(SCENARIO, label + ": latency p99", "ms", Figures.percentile(sorted, 0.99));
        cpu.record(figures, SCENARIO, label, "incident", count, used);
    }

    private UserHttp.Answer report(String cutover, String label) {
        return platform.api.attempt("POST", "rollback-decision", "/api/cutovers/" + cutover + "/incidents", ON_CALL,
                FaultLoad.minorIncident("Report totals rounded differently (bench, " + label + ")"));
    }
}
