package dev.golive.local;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.Postgres;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs Golive on one machine with nothing but a JDK: a Kafka broker and PostgreSQL in this
 * process, Keycloak and every service as child processes. Data lives under {@code .golive/}
 * of the repository, so it survives a restart; Ctrl-C stops everything.
 */
public final class GoliveLocal {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final int KEYCLOAK_PORT = 8180;

    /** The services and their HTTP ports, in start order. */
    static final List<Service> SERVICES = List.of(
            new Service("cutover-planner", 8081),
            new Service("staging-refresh", 8082),
            new Service("integration-readiness", 8083),
            new Service("weekend-testing", 8084),
            new Service("rollback-decision", 8085));

    /** Each service keeps its tables in its own schema of the one "golive" database. */
    record Service(String name, int port) {
    }

    private final Path root;
    private final Path data;
    private final List<Process> children = new ArrayList<>();

    private GoliveLocal(Path root) {
        this.root = root;
        this.data = root.resolve(".golive");
    }

    public static void main(String[] args) throws Exception {
        // The servers' own progress lines would bury the summary; their logs are in .golive/logs.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path root = Path.of(System.getProperty("golive.repo.root", ".")).toAbsolutePath().normalize();
        new GoliveLocal(root).run();
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        Files.createDirectories(data.resolve("logs"));
        say("Golive: starting on this machine (data in " + root.relativize(data) + "/, logs in .golive/logs/)");

        Postgres postgres = Postgres.builder().dataDirectory(data.resolve("postgres")).port(POSTGRES_PORT).start();
        postgres.createDatabase("golive");
        say("  " + pad("PostgreSQL") + "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/golive");

        KafkaBroker kafka = KafkaBroker.builder().port(KAFKA_PORT).controllerPort(KAFKA_CONTROLLER_PORT)
                .logDir(data.resolve("kafka")).start();
        say("  " + pad("Kafka") + kafka.bootstrapServers());

        KeycloakServer keycloak = KeycloakServer.builder().home(data.resolve("keycloak")).port(KEYCLOAK_PORT)
                .realmFile(root.resolve("deploy/keycloak/golive-realm.json"))
                .logFile(data.resolve("logs/keycloak.log")).start();
        say("  " + pad("Keycloak") + keycloak.baseUrl() + " (admin console: admin / admin)");

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Golive: stopping");
            children.forEach(Process::destroy);
            children.forEach(p -> p.onExit().join());
            keycloak.stop();
            kafka.stop();
            postgres.stop();
        }));

        for (Service service : SERVICES) {
            start(service, postgres, kafka, keycloak);
        }
        for (Service service : SERVICES) {
            awaitReady(service);
            say("  " + pad(service.name()) + "http://127.0.0.1:" + service.port() + "  (API docs: /q/swagger-ui)");
        }

        say("");
        say("Ready in " + Duration.between(started, Instant.now()).toSeconds() + " s. Demo logins (password golive-demo):");
        say("  olivia (ops-lead)  oscar, nina (on-call)  tess, theo (tester)  sam (stakeholder)  ada (admin)");
        say("Get a token and call the API:");
        say("  TOKEN=$(curl -s -d grant_type=password -d client_id=golive-cli -d username=olivia -d password=golive-demo \\");
        say("    " + keycloak.tokenEndpoint() + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        say("  curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:8081/api/cutovers");
        say("Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    private void start(Service service, Postgres postgres, KafkaBroker kafka, KeycloakServer keycloak)
            throws IOException {
        Path jar = root.resolve("services/" + service.name() + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (deploy/local/run.sh does)");
        }
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("logs/" + service.name() + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("GOLIVE_DB_URL", postgres.jdbcUrl("golive"));
        env.put("GOLIVE_DB_USER", postgres.username());
        env.put("GOLIVE_DB_PASSWORD", postgres.password());
        env.put("GOLIVE_KAFKA", kafka.bootstrapServers());
        env.put("GOLIVE_OIDC_URL", keycloak.issuer());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        children.add(builder.start());
    }

    private void awaitReady(Service service) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " not ready after 3 minutes: see .golive/logs/"
                + service.name() + ".log");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String pad(String name) {
        return String.format("%-23s", name);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
