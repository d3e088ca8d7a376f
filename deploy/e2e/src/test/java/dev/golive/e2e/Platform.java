package dev.golive.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.PackagedService;
import dev.golive.testkit.Ports;
import dev.golive.testkit.Postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The whole platform as production runs it, on this machine: one PostgreSQL, one Kafka broker and
 * one Keycloak (started here, from the testkit), every service as its packaged application in its
 * own process (the testkit's {@link PackagedService}), a real SMTP server (GreenMail), the
 * stakeholders' webhook endpoints and the integrations' health endpoints, all on loopback.
 *
 * <p>Time is compressed by configuration only: each service gets the knobs that make its timers
 * fit a weekend of minutes (see {@link #SERVICE_OPTIONS}); the go-live policy of each cutover does
 * the rest. Logs of every process go to {@code target/e2e-logs/}.
 *
 * <p>A test that breaks things ({@code FaultSuiteTest}) starts it with {@link Options}: settings
 * added to some services, and a database that survives a restart (its data in a directory of its
 * own, on a fixed port) instead of a throwaway one.
 */
public final class Platform implements AutoCloseable {

    /**
     * What production adds to keep an idle service small: the native heap trimmed every 2 s (the
     * compilers' arenas peak near 30 MB at startup and glibc keeps what was freed), and a heap that
     * shrinks after a collection leaves more than 30% free.
     */
    public static final List<String> MEMORY_OPTIONS = List.of("-XX:TrimNativeHeapInterval=2000",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

    /** The services, in the order they are started, with the settings that compress their timers. */
    public static final Map<String, List<String>> SERVICE_OPTIONS = new LinkedHashMap<>();

    static {
        SERVICE_OPTIONS.put("cutover-planner", List.of());
        SERVICE_OPTIONS.put("staging-refresh", List.of(
                // The rehearsals of this test run for seconds and the weekend's downtime is 20 s: the
                // floor and plausible minimum of a real upgrade (30 min, 5 min) compressed with it.
                "-Dgolive.staging.forecast.floor=PT1S",
                "-Dgolive.staging.forecast.plausible-minimum=PT0S"));
        SERVICE_OPTIONS.put("integration-readiness", List.of(
                // The integrations' endpoints of this test live on loopback, which the production
                // guard refuses unless an administrator allows the host (ADR 9).
                "-Dgolive.integration.probes.allowed-hosts=127.0.0.1",
                // The scheduled pre-go-live check: seconds before the downtime, not days.
                "-Dgolive.integration.probes.schedule-before-downtime=" + Weekend.SCHEDULED_PROBES_BEFORE_DOWNTIME));
        SERVICE_OPTIONS.put("weekend-testing", List.of());
        SERVICE_OPTIONS.put("rollback-decision", List.of(
                "-Dgolive.rollback.pnr-warnings=" + Weekend.PNR_WARNINGS,
                "-Dgolive.rollback.warning-horizon=" + Weekend.PNR_WARNING_HORIZON));
        SERVICE_OPTIONS.put("notification-hub", List.of(
                // The stakeholders' webhook receiver lives on loopback too: the same guard, the same
                // administrator's exception (ADR 16).
                "-Dgolive.notification.webhooks.allowed-hosts=127.0.0.1",
                "-Dgolive.notification.reminders=" + Weekend.REMINDER_BEFORE_DOWNTIME,
                "-Dgolive.notification.page-ack-timeout=" + Weekend.PAGE_ACK_TIMEOUT,
                // Longer than the whole compressed weekend: no "update overdue" while the test runs.
                "-Dgolive.notification.update-interval=PT1H"));
        SERVICE_OPTIONS.put("runbook", List.of(
                "-Dgolive.runbook.overdue-tolerance=" + Weekend.TASK_OVERDUE_TOLERANCE,
                "-Dgolive.runbook.recompute-every=" + Weekend.PROJECTION_REFRESH));
    }

    static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    /** Each service's schema in the one {@code golive} database (its {@code quarkus.flyway.default-schema}). */
    public static final Map<String, String> SCHEMA_OF = schemas();

    /** The schemas of {@link #SCHEMA_OF}, in the services' order. */
    static final List<String> SCHEMAS = List.copyOf(SCHEMA_OF.values());

    /**
     * The services that hear of each cutover from cutover-planner's announcement and refuse writes
     * for one they have not heard of (404 unknown-cutover), with the schema of their projection:
     * every service but cutover-planner, which owns the cutovers.
     */
    public static final Map<String, String> PROJECTING = projecting();

    /** How long the services may take to hear of a cutover just planned (the announcement goes through Kafka). */
    static final Duration ANNOUNCEMENT_WAIT = Duration.ofMinutes(2);

    /**
     * How a test wants the platform beyond the weekend's settings.
     *
     * @param serviceOptions     JVM options added after {@link #SERVICE_OPTIONS}, per service
     * @param restartableDatabase PostgreSQL on a fixed port with its data in {@code target/e2e-postgres},
     *                            so that {@code postgres.stop()} then {@code start()} brings the same
     *                            database back where the services look for it
     * @param logFolder           a folder of {@code target/e2e-logs} for this platform's logs ("" for none),
     *                            so that one test class's logs do not overwrite another's
     * @param tracing             OpenTelemetry switched on in every service (off by default in Golive),
     *                            exporting to a {@link TraceSink}, so the records carry their trace context
     * @param recordTopics        every topic read into a {@link TopicRecorder} ({@link #topics}); off for a
     *                            benchmark, whose figures a second reader of every record would skew
     */
    public record Options(Map<String, List<String>> serviceOptions, boolean restartableDatabase, String logFolder,
                          boolean tracing, boolean recordTopics) {
        static final Options WEEKEND = new Options(Map.of(), false, "", true);

        public Options(Map<String, List<String>> serviceOptions, boolean restartableDatabase, String logFolder,
                       boolean tracing) {
            this(serviceOptions, restartableDatabase, logFolder, tracing, true);
        }
    }

    public final Path logs;
    public final Postgres postgres;
    public final KafkaBroker kafka;
    public final KeycloakServer keycloak;
    final GreenMail smtp;
    public final WebhookReceiver webhooks;
    final ProbeTarget integrations;
    public final List<PackagedService> services;
    /** The same services by name. */
    public final Map<String, PackagedService> byName;
    /** Every record of every topic, decoded; null when {@link Options#recordTopics()} is off. */
    final TopicRecorder topics;
    public final Api api;
    /** How long the platform took to be ready, for the report. */
    public final Duration startup;
    /** The second instance of each service, once {@link #startSecondInstances()} started them. */
    private volatile List<PackagedService> secondInstances = List.of();

    private final Path repoRoot;
    private final Options options;
    /** What every service is started with: the platform's servers (see {@code PackagedService.platformEnv}). */
    private final Map<String, String> env;

    /** What was started, to be stopped in reverse order (also when the start fails half-way). */
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    private Platform(Path repoRoot, Path logs, Options options) throws Exception {
        Instant begin = Instant.now();
        this.logs = logs;
        this.repoRoot = repoRoot;
        this.options = options;
        try {
            Files.createDirectories(logs);
            postgres = started(database(logs, options.restartableDatabase()));
            postgres.createDatabase("golive");
            kafka = started(KafkaBroker.create().start());
            keycloak = started(KeycloakServer.builder()
                    .realmFile(repoRoot.resolve("deploy/keycloak/golive-realm.json"))
                    .logFile(logs.resolve("keycloak.log"))
                    .build().start());
            smtp = new GreenMail(new ServerSetup(Ports.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            started.push(smtp::stop);
            webhooks = started(new WebhookReceiver());
            integrations = started(new ProbeTarget());

            env = PackagedService.platformEnv(postgres, "golive", kafka, keycloak);
            env.put("GOLIVE_SMTP_HOST", "127.0.0.1");
            env.put("GOLIVE_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()));
            if (options.tracing()) {
                TraceSink traces = started(new TraceSink());
                env.put("QUARKUS_OTEL_SDK_DISABLED", "false");
                env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
                env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint());
            }
            Map<String, String> baseUrls = new LinkedHashMap<>();
            List<PackagedService> processes = new ArrayList<>();
            // Stopped together: each is asked first, then waited for, so their shutdowns overlap.
            started.push(() -> {
                processes.forEach(PackagedService::requestStop);
                processes.forEach(PackagedService::stop);
            });
            for (String name : SERVICE_OPTIONS.keySet()) {
                PackagedService process = launch(name, name + ".log");
                processes.add(process);
                baseUrls.put(name, process.baseUrl());
            }
            for (PackagedService service : processes) {
                service.awaitReady(READY_TIMEOUT);
            }
            services = List.copyOf(processes);
            Map<String, PackagedService> named = new LinkedHashMap<>();
            processes.forEach(p -> named.put(p.name(), p));
            byName = Map.copyOf(named);
            topics = options.recordTopics() ? started(new TopicRecorder(kafka.bootstrapServers())) : null;
            api = new Api(keycloak, baseUrls);
            startup = Duration.between(begin, Instant.now());
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /** Starts one instance of a service as the platform runs it (its settings, this platform's servers). */
    private PackagedService launch(String name, String logName) {
        return PackagedService.builder(name, PackagedService.jar(repoRoot, name))
                .env(env)
                // C1 only and the serial collector: six services and Keycloak share this machine's
                // cores, so the services start and answer sooner without a second JIT at work.
                .jvmOptions("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                // As in the Kubernetes containers (JAVA_TOOL_OPTIONS): give back to the system what
                // the JIT's arenas and an idle heap no longer use (docs/performance.md, memory).
                .jvmOptions(MEMORY_OPTIONS)
                .jvmOptions(SERVICE_OPTIONS.get(name))
                .jvmOptions(options.serviceOptions().getOrDefault(name, List.of()))
                .logFile(logs.resolve(logName))
                .start();
    }

    /**
     * Starts a second instance of every service, as a second replica runs in production: its own
     * process and port, the same settings, database schema, consumer groups and clustered Quartz
     * store as the first. Returns once all are ready; they are stopped with the platform.
     */
    public synchronized List<PackagedService> startSecondInstances() {
        List<PackagedService> processes = new ArrayList<>();
        started.push(() -> {
            processes.forEach(PackagedService::requestStop);
            processes.forEach(PackagedService::stop);
        });
        for (String name : SERVICE_OPTIONS.keySet()) {
            // One already started by startSecondInstance stays the one.
            if (secondInstances.stream().noneMatch(s -> s.name().equals(name))) {
                processes.add(launch(name, name + "-2.log"));
            }
        }
        for (PackagedService service : processes) {
            service.awaitReady(READY_TIMEOUT);
        }
        List<PackagedService> all = new ArrayList<>(secondInstances);
        all.addAll(processes);
        secondInstances = List.copyOf(all);
        return secondInstances;
    }

    /**
     * Starts a second instance of one service only (as {@link #startSecondInstances()} does for every
     * one): a benchmark that needs two planners, say, without four more processes on the machine.
     * Returns once it is ready; it is stopped with the platform.
     */
    public synchronized PackagedService startSecondInstance(String name) {
        if (!SERVICE_OPTIONS.containsKey(name)) {
            throw new IllegalArgumentException("no service " + name);
        }
        if (secondInstances.stream().anyMatch(s -> s.name().equals(name))) {
            return secondInstance(name);
        }
        PackagedService process = launch(name, name + "-2.log");
        started.push(() -> {
            process.requestStop();
            process.stop();
        });
        process.awaitReady(READY_TIMEOUT);
        List<PackagedService> all = new ArrayList<>(secondInstances);
        all.add(process);
        secondInstances = List.copyOf(all);
        return process;
    }

    /** The second instance of a service, started by {@link #startSecondInstances()} or {@link #startSecondInstance}. */
    public PackagedService secondInstance(String name) {
        return secondInstances.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no second instance of " + name + " started"));
    }

    private <T extends AutoCloseable> T started(T thing) {
        started.push(thing);
        return thing;
    }

    /**
     * PostgreSQL: a throwaway one, or one whose data directory (emptied first, removed at the end) and
     * port stay the same across {@code stop()} and {@code start()}.
     */
    private Postgres database(Path logs, boolean restartable) {
        if (!restartable) {
            return Postgres.builder().build().start();
        }
        Path data = Path.of(System.getProperty("golive.e2e.logs", "target/e2e-logs")).toAbsolutePath()
                .resolveSibling("e2e-postgres");
        deleteTree(data);
        started.push(() -> deleteTree(data));
        return Postgres.builder().dataDirectory(data).port(Ports.freePort()).build().start();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not empty " + root, e);
        }
    }

    /** A service by name. */
    public PackagedService service(String name) {
        PackagedService service = byName.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + " in " + byName.keySet());
        }
        return service;
    }

    /**
     * How many events about a cutover are still in a service's outbox, not handed to the broker: waiting
     * for the relay, or set aside because the broker refused them (lost to every consumer).
     */
    int unsentEvents(String cutoverId) {
        int unsent = 0;
        try (Connection db = postgres.connect("golive")) {
            for (String schema : SCHEMAS) {
                try (PreparedStatement q = db.prepareStatement(
                        "SELECT count(*) FROM " + schema + ".outbox_event WHERE event_key = ? AND published_at IS NULL")) {
                    q.setString(1, cutoverId);
                    try (ResultSet rows = q.executeQuery()) {
                        rows.next();
                        unsent += rows.getInt(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outboxes", e);
        }
        return unsent;
    }

    /**
     * Waits until every service that refuses writes for unknown cutovers has heard of this one from
     * cutover-planner, as people wait a moment after planning before they write for it elsewhere.
     */
    public void awaitKnown(String cutoverId) {
        PROJECTING.keySet().forEach(service -> await(service + " knows cutover " + cutoverId)
                .atMost(ANNOUNCEMENT_WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> knows(service, cutoverId)));
    }

    /**
     * Whether {@code service} has heard of the cutover: its projection holds the row its gate looks for
     * (read here rather than asked with a write, so that waiting writes nothing).
     */
    public boolean knows(String service, String cutoverId) {
        String schema = PROJECTING.get(service);
        if (schema == null) {
            throw new IllegalArgumentException(service + " keeps no cutover projection");
        }
        try (Connection db = postgres.connect("golive");
             PreparedStatement query = db.prepareStatement(
                     "SELECT 1 FROM " + schema + ".cutover_projection WHERE cutover_id = ?")) {
            query.setObject(1, UUID.fromString(cutoverId));
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cutover projection of " + service, e);
        }
    }

    private static Map<String, String> schemas() {
        Map<String, String> schemas = new LinkedHashMap<>();
        schemas.put("cutover-planner", "planner");
        schemas.put("staging-refresh", "staging");
        schemas.put("integration-readiness", "integration");
        schemas.put("weekend-testing", "testing");
        schemas.put("rollback-decision", "rollback");
        schemas.put("notification-hub", "notification");
        schemas.put("runbook", "runbook");
        return Collections.unmodifiableMap(schemas);
    }

    private static Map<String, String> projecting() {
        Map<String, String> projecting = new LinkedHashMap<>(SCHEMA_OF);
        projecting.remove("cutover-planner");
        return Collections.unmodifiableMap(projecting);
    }

    /** Starts everything; {@code golive.repo.root} (set by the parent pom) says where the services were built. */
    public static Platform start() throws Exception {
        return start(Options.WEEKEND);
    }

    public static Platform start(Options options) throws Exception {
        Path root = Path.of(System.getProperty("golive.repo.root", "../..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("golive.e2e.logs", "target/e2e-logs")).toAbsolutePath()
                .resolve(options.logFolder());
        return new Platform(root, logs, options);
    }

    /** Stops what was started, newest first: the services before the servers they use. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("stopping the platform: " + e);
            }
        }
    }
}
