package dev.golive.bench;

import dev.golive.e2e.FaultLoad;
import dev.golive.e2e.Platform;
import dev.golive.testkit.PackagedService;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.awaitility.Awaitility.await;

/**
 * The benchmark suite of deploy/bench: starts the platform as deploy/e2e does (every service as its
 * packaged application in its own process, one broker, one PostgreSQL, one Keycloak), runs each
 * scenario for {@code golive.bench.rounds} rounds and prints one table, each figure as median, min
 * and max of the rounds, with its ratio to the raw Kafka baseline measured in the same run on the
 * same broker. The table also goes to {@code target/bench-results.md}. See README.md.
 *
 * <p>It measures; it asserts only correctness: an event lost or duplicated, or a request refused,
 * fails the run.
 */
class PlatformBenchmark {

    private static final int ROUNDS = Integer.getInteger("golive.bench.rounds", 3);
    /** Scenario 7 plans thousands of cutovers per round: it may run fewer rounds than the others. */
    private static final int MILESTONE_ROUNDS = Integer.getInteger("golive.bench.milestones.rounds", ROUNDS);
    private static final boolean LARGE = Boolean.getBoolean("golive.bench.large");
    /** How many cutovers "many cutovers" means. */
    private static final int CUTOVERS = Integer.getInteger("golive.bench.cutovers", 100);
    private static final Set<String> SCENARIOS = Arrays.stream(
                    System.getProperty("golive.bench.scenarios", "raw,pipeline,rest,memory,outbox,paging,milestones").split(","))
            .map(String::trim).collect(Collectors.toSet());
    /** The idle rate is measured over this long before each measured step. */
    private static final Duration IDLE = Duration.ofSeconds(Long.getLong("golive.bench.idle-seconds", 3));
    private static final Path TARGET = Path.of(System.getProperty("golive.bench.target", "target")).toAbsolutePath();
    /**
     * Added to every service's JVM after deploy/e2e's settings (the JVM takes the last of an option
     * given twice): full JIT, as production runs the services — e2e's C1-only setting starts them
     * sooner but understates throughput and overstates CPU per event. {@code golive.bench.service-jvm-options}
     * (space-separated, e.g. {@code -Xms32m -Xss512k}) adds more, for memory experiments.
     */
    static final List<String> SERVICE_JVM_OPTIONS = serviceJvmOptions();

    @Test
    void platformBenchmark() throws Exception {
        Figures figures = new Figures();
        Instant began = Instant.now();
        figures.note("machine at start: " + Machine.uptime() + "; " + Runtime.getRuntime().availableProcessors()
                + " cores");
        DatabaseWork.preload();
        try (Platform platform = Platform.start(new Platform.Options(serviceOptions(), false, "", false, false))) {
            figures.note("platform ready in " + platform.startup.toSeconds() + " s; services run with "
                    + "deploy/e2e's -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC followed by "
                    + String.join(" ", SERVICE_JVM_OPTIONS) + " (the last of an option given twice wins)");
            ProcessMeter meter = meter(platform);
            Cpu cpu = new Cpu(meter, IDLE, platform, DatabaseWork.ASKED ? new DatabaseWork(platform) : null);
            figures.note("CPU: utime+stime from /proc/<pid>/stat of each service, of PostgreSQL's postmaster and "
                    + "its children (exited backends through cutime+cstime), idle rate over " + IDLE.toSeconds()
                    + " s before each step subtracted; the broker runs inside the test JVM, counted with the load "
                    + "generator on its own line and not in the platform's figure");
            if (SCENARIOS.contains("memory")) {
                Memory.record(figures, meter, "idle after start");
            }
            // Only the pipeline and the REST load use them.
            List<String> many = SCENARIOS.contains("pipeline") || SCENARIOS.contains("rest")
                    ? plan(platform, CUTOVERS, "many") : List.of();
            for (int round = 1; round <= ROUNDS; round++) {
                System.out.println("BENCH round " + round + " of " + ROUNDS + " (" + Machine.uptime() + ")");
                if (SCENARIOS.contains("raw")) {
                    new RawKafka(platform.kafka, figures).round(round);
                    print(figures);
                }
                if (SCENARIOS.contains("pipeline")) {
                    Pipeline pipeline = new Pipeline(platform, figures, cpu,
                            SCENARIOS.contains("outbox") ? new OutboxRelay(platform, figures) : null);
                    pipeline.burst("1k over " + CUTOVERS + " cutovers", 1_000, many, round);
                    pipeline.burst("10k over " + CUTOVERS + " cutovers", 10_000, many, round);
                    // A cutover of its own each round: what one cutover accumulated stays out of the next round.
                    pipeline.burst("10k on one cutover", 10_000, plan(platform, 1, "one-" + round), round);
                    if (LARGE) {
                        pipeline.burst("100k over " + CUTOVERS + " cutovers", 100_000, many, round);
                    }
                    print(figures);
                }
                if (SCENARIOS.contains("rest")) {
                    new RestLoad(platform, figures, cpu).round(many);
                    print(figures);
                }
                if (SCENARIOS.contains("paging")) {
                    // A cutover of its own each round: its open critical incidents stay out of the next round.
                    new Paging(platform, figures, cpu).round(Paging.pageableCutover(platform, "paging-" + round), round);
                    print(figures);
                }
            }
            if (SCENARIOS.contains("memory")) {
                Memory.record(figures, meter, "after the load");
            }
            if (SCENARIOS.contains("milestones")) {
                // Last, in rounds of its own: it starts a second cutover-planner, which would otherwise
                // share the other scenarios' work with the first.
                for (int round = 1; round <= MILESTONE_ROUNDS; round++) {
                    System.out.println("BENCH milestones round " + round + " of " + MILESTONE_ROUNDS + " (" + Machine.uptime() + ")");
                    new Milestones(platform, figures, cpu).round(round);
                    print(figures);
                }
            }
            figures.note("machine at end: " + Machine.uptime() + "; the run took "
                    + Duration.between(began, Instant.now()).toMinutes() + " min");
        } finally {
            print(figures);
            figures.write(TARGET.resolve("bench-results.md"));
            System.out.println("BENCH table written to " + TARGET.resolve("bench-results.md"));
        }
    }

    /**
     * What the benchmark adds to the services' settings of deploy/e2e: {@link #SERVICE_JVM_OPTIONS} for
     * every service, pages not escalated while it runs (an unanswered page would otherwise page the next
     * person and again, which is not what is measured), and the flight recordings asked for.
     */
    private static Map<String, List<String>> serviceOptions() {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (String service : Platform.SERVICE_OPTIONS.keySet()) {
            options.put(service, new ArrayList<>(SERVICE_JVM_OPTIONS));
        }
        jfr().forEach((service, jfr) -> options.computeIfAbsent(service, s -> new ArrayList<>()).addAll(jfr));
        options.computeIfAbsent("notification-hub", s -> new ArrayList<>())
                .add("-Dgolive.notification.page-ack-timeout=PT1H");
        return options;
    }

    private static List<String> serviceJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=4"));
        Arrays.stream(System.getProperty("golive.bench.service-jvm-options", "").split("\\s+"))
                .filter(o -> !o.isBlank()).forEach(options::add);
        return List.copyOf(options);
    }

    /**
     * {@code -Dgolive.bench.jfr=rollback-decision,cutover-planner}: those services record a flight
     * recording (JFR's profile settings) for the whole run, written to {@code target/jfr/<service>/} when
     * the platform stops them: a folder, in which JFR names each file by its process, so that a second
     * instance (scenario 7's second planner) keeps its own recording.
     */
    private static Map<String, List<String>> jfr() {
        Map<String, List<String>> options = new LinkedHashMap<>();
        String services = System.getProperty("golive.bench.jfr", "");
        for (String service : services.split(",")) {
            if (!service.isBlank()) {
                Path folder = TARGET.resolve("jfr").resolve(service.trim());
                folder.toFile().mkdirs();
                options.put(service.trim(), List.of("-XX:StartFlightRecording=filename=" + folder + "/"
                        + ",settings=profile,dumponexit=true"));
            }
        }
        return options;
    }

    /** Every service, PostgreSQL (its postmaster, the parent of a backend) and this JVM. */
    private static ProcessMeter meter(Platform platform) throws SQLException {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (PackagedService service : platform.services) {
            pids.put(service.name(), service.pid());
        }
        pids.put(Cpu.TEST_JVM, ProcessHandle.current().pid());
        long postmaster;
        try (Connection db = platform.postgres.connect("golive");
             ResultSet r = db.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            // Read while the connection is open: its backend exits with it, and then has no parent to read.
            postmaster = ProcessMeter.parent(r.getLong(1));
        }
        if (postmaster <= 0) {
            throw new IllegalStateException("cannot find PostgreSQL's postmaster: its CPU time would be left out");
        }
        return new ProcessMeter(pids, postmaster);
    }

    /** Plans {@code count} cutovers through cutover-planner's API as the ops lead and waits until rollback-decision knows them. */
    static List<String> plan(Platform platform, int count, String label) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "bench-" + label + "-" + i;
            ids.add(platform.api.post("cutover-planner", "/api/cutovers", OPS_LEAD,
                    FaultLoad.plan(name, "Bench team " + name), 201).get("id").asText());
        }
        await("rollback-decision knows the " + count + " cutovers " + label).atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ids.stream().allMatch(id -> platform.knows("rollback-decision", id)));
        return ids;
    }

    private static void print(Figures figures) {
        System.out.println("BENCH results so far:\n" + figures.table());
    }
}
