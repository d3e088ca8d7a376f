package dev.golive.console.support;

import dev.golive.contracts.Topics;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.Ports;
import dev.golive.testkit.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real platform behind the console in its tests: the testkit's Kafka, PostgreSQL and Keycloak,
 * and cutover-planner, weekend-testing and rollback-decision run as they ship — each its packaged
 * {@code services/<name>/target/quarkus-app/quarkus-run.jar} in a child process on a free port, in
 * its own schema of the database {@value #DATABASE}.
 *
 * <p>staging-refresh, integration-readiness and notification-hub are not started: the console is
 * pointed at a port where nothing listens, so the tests also see how a page shows a service that
 * does not answer.
 *
 * <p>The jars must exist: a reactor build packages those modules before this one (the root pom
 * lists them first); alone, package them once with
 * {@code mvn -B package -DskipTests -pl services/cutover-planner,services/weekend-testing,services/rollback-decision -am}.
 * {@code -Dgolive.console.backends=<dir>} takes them from another checkout's {@code services/} instead.
 */
public class BackendServices implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "console_test";

    /** Base URLs of the started services, for the tests' own calls. */
    public static final Map<String, String> URLS = new HashMap<>();

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final List<Process> processes = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        KafkaBroker kafka = KafkaBroker.shared();
        // The console reads from the latest offset: every topic exists before it subscribes.
        for (String topic : List.of(Topics.CUTOVER, Topics.STAGING, Topics.INTEGRATION, Topics.TESTING, Topics.INCIDENT,
                Topics.ROLLBACK, Topics.NOTIFICATION)) {
            kafka.createTopic(topic, 3);
        }
        Postgres postgres = Postgres.shared();
        String jdbcUrl = postgres.createDatabase(DATABASE);
        KeycloakServer keycloak = KeycloakServer.shared();

        Path root = backendsRoot();
        Path logs = Path.of("target", "backends").toAbsolutePath();
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("cutover-planner", "weekend-testing", "rollback-decision")) {
            int port = Ports.freePort(8089);
            Path jar = root.resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: package " + service
                        + " first (mvn -B package -DskipTests -pl services/" + service + " -am)");
            }
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Duser.timezone=UTC", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service + ".log").toFile());
            Map<String, String> env = builder.environment();
            env.put("GOLIVE_DB_URL", jdbcUrl);
            env.put("GOLIVE_DB_USER", postgres.username());
            env.put("GOLIVE_DB_PASSWORD", postgres.password());
            env.put("GOLIVE_KAFKA", kafka.bootstrapServers());
            env.put("GOLIVE_OIDC_URL", keycloak.issuer());
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            try {
                processes.add(builder.start());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + service, e);
            }
            URLS.put(service, "http://127.0.0.1:" + port);
        }
        URLS.forEach(this::awaitReady);

        int nobody = Ports.freePort(8089);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", keycloak.issuer());
        config.put("golive.console.services.planner-url", URLS.get("cutover-planner"));
        config.put("golive.console.services.testing-url", URLS.get("weekend-testing"));
        config.put("golive.console.services.rollback-url", URLS.get("rollback-decision"));
        config.put("golive.console.services.staging-url", "http://127.0.0.1:" + nobody);
        config.put("golive.console.services.integration-url", "http://127.0.0.1:" + nobody);
        config.put("golive.console.services.notification-url", "http://127.0.0.1:" + nobody);
        return config;
    }

    @Override
    public void stop() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        processes.clear();
    }

    private void awaitReady(String service, String baseUrl) {
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).GET().build();
        Awaitility.await(service + " ready (log: target/backends/" + service + ".log)")
                .atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (processes.stream().anyMatch(p -> !p.isAlive())) {
                        throw new IllegalStateException("a service exited: see target/backends/*.log");
                    }
                    try {
                        return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException notListeningYet) {
                        return false;
                    }
                });
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

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
