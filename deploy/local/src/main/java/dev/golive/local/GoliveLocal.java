package dev.golive.local;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.Postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
    private final List<ServiceProcess> children = new CopyOnWriteArrayList<>();

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
            children.forEach(ServiceProcess::requestStop);
            children.forEach(ServiceProcess::stop);
            keycloak.stop();
            kafka.stop();
            postgres.stop();
        }));

        Map<String, String> env = ServiceProcess.platformEnv(postgres, "golive", kafka, keycloak);
        for (Service service : SERVICES) {
            children.add(ServiceProcess.start(service.name(), ServiceProcess.jar(root, service.name()),
                    service.port(), env, data.resolve("logs/" + service.name() + ".log")));
        }
        for (ServiceProcess service : children) {
            service.awaitReady(Duration.ofMinutes(3));
            say("  " + pad(service.name()) + service.baseUrl() + "  (API docs: /q/swagger-ui)");
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

    private static String pad(String name) {
        return String.format("%-23s", name);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
