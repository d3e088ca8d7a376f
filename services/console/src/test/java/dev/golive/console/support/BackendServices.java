package dev.golive.console.support;

import dev.golive.contracts.Topics;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.PackagedService;
import dev.golive.testkit.Ports;
import dev.golive.testkit.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real platform behind the console in its tests: the testkit's Kafka, PostgreSQL and Keycloak,
 * and the seven services run as they ship — each its packaged
 * {@code services/<name>/target/quarkus-app/quarkus-run.jar} in a child process on a free port
 * (the testkit's {@link PackagedService}), in its own schema of the database {@value #DATABASE}.
 * How a page shows a service that does not answer is {@code PagesTest}'s concern.
 *
 * <p>The jars must exist: a reactor build packages those modules before this one (the root pom
 * lists them first); alone, package them once with
 * {@code mvn -o -pl services/cutover-planner,services/staging-refresh,services/weekend-testing,services/rollback-decision,services/runbook,services/integration-readiness,services/notification-hub package -DskipTests}.
 * {@code -Dgolive.console.backends=<dir>} takes them from another checkout's {@code services/} instead.
 */
public class BackendServices implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "console_test";

    /** Base URLs of the started services, for the tests' own calls. */
    public static final Map<String, String> URLS = new HashMap<>();

    static final List<String> SERVICES = List.of("cutover-planner", "staging-refresh", "weekend-testing",
            "rollback-decision", "runbook", "integration-readiness", "notification-hub");

    // five minutes (seven services boot at once on two cores), unless a machine loaded by other builds needs
    // longer (-Dgolive.console.backends.ready-seconds=600)
    private static final Duration READY_WITHIN = Duration.ofSeconds(Long.getLong("golive.console.backends.ready-seconds", 300));

    private final List<PackagedService> services = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        KafkaBroker kafka = KafkaBroker.shared();
        // The console reads from the latest offset: every topic exists before it subscribes.
        for (String topic : List.of(Topics.CUTOVER, Topics.STAGING, Topics.INTEGRATION, Topics.TESTING, Topics.INCIDENT,
                Topics.ROLLBACK, Topics.NOTIFICATION, Topics.RUNBOOK)) {
            kafka.createTopic(topic, 3);
        }
        Postgres postgres = Postgres.shared();
        postgres.createDatabase(DATABASE);
        Map<String, String> env = PackagedService.platformEnv(postgres, DATABASE, kafka, KeycloakServer.shared());

        Path root = backendsRoot();
        Path logs = Path.of("target", "backends").toAbsolutePath();
        for (String service : SERVICES) {
            int port = Ports.freePort(8089);
            Map<String, String> serviceEnv = new HashMap<>(env);
            if (service.equals("cutover-planner")) {
                // the address its calendar links are made with: where this test's planner listens
                serviceEnv.put("GOLIVE_PLANNER_PUBLIC_URL", "http://127.0.0.1:" + port);
            }
            PackagedService started = PackagedService.builder(service, PackagedService.jar(root, service))
                    .port(port)
                    .env(serviceEnv)
                    .jvmOptions(jvmOptions(service))
                    .logFile(logs.resolve(service + ".log"))
                    .start();
            services.add(started);
            URLS.put(service, started.baseUrl());
        }
        services.forEach(service -> service.awaitReady(READY_WITHIN));

        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", KeycloakServer.shared().issuer());
        config.put("golive.console.services.planner-url", URLS.get("cutover-planner"));
        config.put("golive.console.services.testing-url", URLS.get("weekend-testing"));
        config.put("golive.console.services.rollback-url", URLS.get("rollback-decision"));
        config.put("golive.console.services.staging-url", URLS.get("staging-refresh"));
        config.put("golive.console.services.runbook-url", URLS.get("runbook"));
        config.put("golive.console.services.integration-url", URLS.get("integration-readiness"));
        config.put("golive.console.services.notification-url", URLS.get("notification-hub"));
        return config;
    }

    @Override
    public void stop() {
        // asked together, so their shutdowns overlap
        services.forEach(PackagedService::requestStop);
        services.forEach(PackagedService::stop);
        services.clear();
    }

    /**
     * The integrations' endpoints and the people's webhooks of these tests live on loopback, which
     * the address guard refuses unless an administrator allows the host (ADR 9, ADR 16).
     */
    private static String[] jvmOptions(String service) {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC"));
        switch (service) {
            case "integration-readiness" -> options.add("-Dgolive.integration.probes.allowed-hosts=127.0.0.1");
            case "notification-hub" -> options.add("-Dgolive.notification.webhooks.allowed-hosts=127.0.0.1");
            default -> { }
        }
        return options.toArray(String[]::new);
    }

    private static Path backendsRoot() {
        String backends = System.getProperty("golive.console.backends");
        if (backends != null && !backends.isBlank() && Files.isDirectory(Path.of(backends, "services"))) {
            return Path.of(backends);
        }
        String configured = System.getProperty("golive.repo.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "services"))) {
            return Path.of(configured);
        }
        return Path.of("").toAbsolutePath().resolve("../..").normalize();
    }
}
