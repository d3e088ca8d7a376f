package dev.golive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.PackagedService;
import dev.golive.testkit.Postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Runs Golive on one machine with nothing but a JDK: a Kafka broker, PostgreSQL and an SMTP
 * server in this process, Keycloak and every service as child processes. Seeds a demo cutover
 * once everything is ready. Data lives under {@code .golive/} of the repository, so it survives
 * a restart; Ctrl-C stops everything.
 */
public final class GoliveLocal {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final int KEYCLOAK_PORT = 8180;
    static final String MAIL_HOST = "127.0.0.1";
    static final int SMTP_PORT = 2525;
    static final int IMAP_PORT = 3143;
    static final String CONSOLE = "console";
    /** Generous: on two busy cores Keycloak's first start (schema, realm import) alone takes minutes. */
    static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(10);
    static final String CONSOLE_CLIENT = "golive-console";

    /**
     * The services and their HTTP ports, in start order. A service whose module is not (yet) in
     * the root pom is left out with a note, so the list can name a service before it lands.
     */
    static final List<Service> SERVICES = List.of(
            new Service("cutover-planner", 8081),
            new Service("staging-refresh", 8082),
            new Service("integration-readiness", 8083),
            new Service("weekend-testing", 8084),
            new Service("rollback-decision", 8085),
            new Service("notification-hub", 8086),
            new Service("runbook", 8087),
            new Service(CONSOLE, 8080));

    /** Each service keeps its tables in its own schema of the one "golive" database. */
    record Service(String name, int port) {
        String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    private final Path root;
    private final Path data;
    private final List<PackagedService> children = new CopyOnWriteArrayList<>();

    private GoliveLocal(Path root) {
        this.root = root;
        this.data = root.resolve(".golive");
    }

    public static void main(String[] args) throws Exception {
        // The servers' own progress lines would bury the summary; their logs are in .golive/logs.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path root = Path.of(System.getProperty("golive.repo.root", ".")).toAbsolutePath().normalize();
        try {
            new GoliveLocal(root).run();
        } catch (IllegalStateException e) {
            // A part that did not start: say which and where its log is, then stop the rest.
            System.err.println("Golive: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        Files.createDirectories(data.resolve("logs"));
        Path realmFile = root.resolve("deploy/keycloak/golive-realm.json");
        say("Golive: starting on this machine (data in .golive/, logs in .golive/logs/)");
        List<Service> services = servicesInBuild();

        Postgres postgres = Postgres.builder().dataDirectory(data.resolve("postgres")).port(POSTGRES_PORT).start();
        postgres.createDatabase("golive");
        say("  " + pad("PostgreSQL") + "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/golive");

        KafkaBroker kafka = KafkaBroker.builder().port(KAFKA_PORT).controllerPort(KAFKA_CONTROLLER_PORT)
                .logDir(data.resolve("kafka")).start();
        say("  " + pad("Kafka") + kafka.bootstrapServers());

        LocalMail mail = LocalMail.start(MAIL_HOST, SMTP_PORT, IMAP_PORT, data.resolve("mail"));
        say("  " + pad("SMTP (GreenMail)") + MAIL_HOST + ":" + SMTP_PORT + ", IMAP " + MAIL_HOST + ":" + IMAP_PORT);

        KeycloakServer keycloak = KeycloakServer.builder().home(data.resolve("keycloak")).port(KEYCLOAK_PORT)
                .realmFile(realmFile).logFile(data.resolve("logs/keycloak.log"))
                .startupTimeout(STARTUP_TIMEOUT).start();
        say("  " + pad("Keycloak") + keycloak.baseUrl() + " (admin console: admin / admin)");

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Golive: stopping");
            children.forEach(PackagedService::requestStop);
            children.forEach(PackagedService::stop);
            keycloak.stop();
            kafka.stop();
            postgres.stop();
            mail.close();
            say("Golive: stopped; data kept in .golive/");
        }));

        Map<String, String> env = PackagedService.platformEnv(postgres, "golive", kafka, keycloak);
        env.putAll(serviceEnv(services, realmFile));
        for (Service service : services) {
            children.add(PackagedService.builder(service.name(), PackagedService.jar(root, service.name()))
                    .port(service.port()).env(env).logFile(data.resolve("logs/" + service.name() + ".log")).start());
        }
        for (PackagedService service : children) {
            service.awaitReady(STARTUP_TIMEOUT);
            if (!service.name().equals(CONSOLE)) {
                say("  " + pad(service.name()) + service.baseUrl() + "  (API docs: /q/swagger-ui)");
            }
        }
        Duration ready = Duration.between(started, Instant.now());

        say("Demo data:");
        List<DemoSeed.DemoUser> users = DemoSeed.usersOf(realmFile);
        Map<String, String> urls = services.stream().collect(Collectors.toMap(Service::name, Service::url,
                (a, b) -> a, LinkedHashMap::new));
        try {
            new DemoSeed(new SeedClient(keycloak), urls, users, GoliveLocal::say).run();
        } catch (SeedClient.SeedException e) {
            say("  The demo seed stopped: " + e.getMessage());
            say("  The platform is running without (all of) the demo; see the service logs in .golive/logs/.");
        }

        say("");
        say("Golive is ready (" + ready.toSeconds() + " s; everything in " + Duration.between(started, Instant.now())
                .toSeconds() + " s with the demo).");
        services.stream().filter(s -> s.name().equals(CONSOLE)).findFirst().ifPresentOrElse(
                console -> say("  Console: " + console.url() + "/"),
                () -> say("  Console: not built yet; the APIs are listed above."));
        say("  Logins (password " + DemoUsers.PASSWORD + "):");
        for (DemoSeed.DemoUser user : users) {
            say("    " + String.format(Locale.ROOT, "%-8s %-22s %s", user.username(), String.join(", ", user.roles()),
                    user.zone()));
        }
        say("  E-mail sent by Golive: .golive/mail/*.eml (one file a message), or IMAP " + MAIL_HOST + ":" + IMAP_PORT
                + " (login: the recipient's address, any password)");
        say("  An API token: curl -s -d grant_type=password -d client_id=golive-cli -d username=" + DemoUsers.OPS_LEAD + " \\");
        say("    -d password=" + DemoUsers.PASSWORD + " " + keycloak.tokenEndpoint());
        say("Press Ctrl-C to stop everything (the data stays in .golive/).");
        Thread.currentThread().join();
    }

    /** The SERVICES whose module the root pom builds. */
    private List<Service> servicesInBuild() throws IOException {
        String pom = Files.readString(root.resolve("pom.xml"));
        List<Service> services = new ArrayList<>();
        for (Service service : SERVICES) {
            if (pom.contains("<module>services/" + service.name() + "</module>")) {
                services.add(service);
            } else {
                say("  (" + service.name() + " is not in the build yet: not started)");
            }
        }
        return services;
    }

    /**
     * What services need to find each other: every service's URL as {@code GOLIVE_<NAME>_URL}
     * (and the shorter names the console reads), the SMTP server, and the console's OIDC client.
     */
    private static Map<String, String> serviceEnv(List<Service> services, Path realmFile) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (Service service : services) {
            env.put("GOLIVE_" + service.name().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL", service.url());
        }
        Map<String, String> shortNames = Map.of("cutover-planner", "PLANNER", "staging-refresh", "STAGING",
                "integration-readiness", "INTEGRATION", "weekend-testing", "TESTING", "rollback-decision", "ROLLBACK",
                "notification-hub", "NOTIFICATION", "runbook", "RUNBOOK");
        for (Service service : services) {
            if (shortNames.containsKey(service.name())) {
                env.put("GOLIVE_" + shortNames.get(service.name()) + "_URL", service.url());
            }
        }
        env.put("GOLIVE_SMTP_HOST", MAIL_HOST);
        env.put("GOLIVE_SMTP_PORT", String.valueOf(SMTP_PORT));
        String secret = clientSecret(realmFile, CONSOLE_CLIENT);
        if (secret != null) {
            env.put("GOLIVE_CONSOLE_SECRET", secret);
        }
        return env;
    }

    /** The secret of a confidential client of the realm file (a development realm: the secret is no secret). */
    private static String clientSecret(Path realmFile, String clientId) throws IOException {
        JsonNode realm = new ObjectMapper().readTree(realmFile.toFile());
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client.path("secret").asText(null);
            }
        }
        return null;
    }

    private static String pad(String name) {
        return String.format("%-23s", name);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
