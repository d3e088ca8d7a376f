package dev.golive.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak server, started as a separate process from its distribution zip
 * ({@code org.keycloak:keycloak-quarkus-dist}) in development mode, with the {@code golive} realm
 * imported from {@code deploy/keycloak/golive-realm.json}.
 *
 * <p>The zip is unpacked once per version into {@code ${java.io.tmpdir}/golive-keycloak-<version>}.
 * Each server gets its own home directory that links to the unpacked libraries, so instances never
 * share build output or data. By default the home is temporary and the database is {@code dev-mem}
 * (tests); {@link Builder#home(Path)} gives a persistent home with a {@code dev-file} database (local
 * launcher). Keycloak needs JDK 21+: see {@link #findJavaHome()}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "golive";
    public static final String CLI_CLIENT = "golive-cli";
    /** Same as {@link DemoUsers#PASSWORD}. */
    public static final String DEMO_PASSWORD = DemoUsers.PASSWORD;
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /** Environment variable naming the JDK (21+) that runs Keycloak. */
    public static final String JAVA_HOME_ENV = "GOLIVE_KEYCLOAK_JAVA_HOME";
    /** System property with the path of the distribution zip. */
    public static final String ZIP_PROPERTY = "golive.keycloak.zip";
    /** System property with the path of the realm file to import. */
    public static final String REALM_PROPERTY = "golive.keycloak.realm";

    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReentrantLock CACHE_LOCK = new ReentrantLock();
    private static final String DIST_DIR = "keycloak-" + VERSION;
    private static final String UNZIPPED_MARKER = ".golive-unzipped";
    private static final String BUILD_MARKER = ".golive-built";

    private static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration REAUGMENTATION_ALLOWANCE = Duration.ofSeconds(120);

    private static KeycloakServer shared;

    private final Path home;
    private final boolean ownsHome;
    private final String db;
    private final int port;
    private final int managementPort;
    private final Path explicitRealmFile;
    private final Path explicitZip;
    private final Path explicitJavaHome;
    private final Path explicitLogFile;
    private final Duration startupTimeout;
    private final HttpClient http = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Process process;
    private Path logFile;
    private boolean reaugmentationExpected;

    private KeycloakServer(Builder b) {
        if (b.home != null) {
            this.home = b.home.toAbsolutePath();
            this.ownsHome = false;
            this.db = "dev-file";
        } else {
            try {
                this.home = Files.createTempDirectory("golive-keycloak-home-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.ownsHome = true;
            this.db = "dev-mem";
        }
        this.port = b.port > 0 ? b.port : Ports.freePort();
        this.managementPort = b.managementPort > 0 ? b.managementPort : Ports.freePort(port);
        this.explicitRealmFile = b.realmFile;
        this.explicitZip = b.distributionZip;
        this.explicitJavaHome = b.javaHome;
        this.explicitLogFile = b.logFile;
        this.startupTimeout = b.startupTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The JVM-wide server: started on first use, stopped by a shutdown hook. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            KeycloakServer server = builder().build();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "golive-keycloak-shutdown"));
            shared = server;
        }
        return shared.start();
    }

    /**
     * Starts Keycloak and returns once the realm's OpenID configuration answers 200; fails with the
     * tail of Keycloak's log when the process dies or does not get ready in time.
     */
    public synchronized KeycloakServer start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        long begin = System.nanoTime();
        Path javaHome = explicitJavaHome != null ? explicitJavaHome : findJavaHome();
        Path dist = ensureDistribution(distributionZip());
        prepareHome(dist);
        logFile = explicitLogFile != null ? explicitLogFile.toAbsolutePath() : defaultLogFile();
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<String> command = List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-host=127.0.0.1",
                "--http-management-port=" + managementPort,
                "--db=" + db,
                "--import-realm");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(devNull()));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("QUARKUS_") || k.equals("JAVA_OPTS")
                || k.equals("JAVA") || k.equals("JAVA_OPTS_APPEND"));
        env.put("JAVA_HOME", javaHome.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        if (ownsHome) {
            // a throw-away test server: start fast rather than run fast (C1 only, which usually shortens the boot on a 2-core machine)
            env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        }
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        }
        Process started = process;
        Duration timeout = startupTimeout != null ? startupTimeout
                : reaugmentationExpected ? DEFAULT_STARTUP_TIMEOUT.plus(REAUGMENTATION_ALLOWANCE) : DEFAULT_STARTUP_TIMEOUT;
        String wellKnown = issuer() + "/.well-known/openid-configuration";
        try {
            Awaitility.await("Keycloak on port " + port)
                    .atMost(timeout)
                    .pollDelay(Duration.ofSeconds(1))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!started.isAlive()) {
                            throw new IllegalStateException("Keycloak exited with code " + started.exitValue()
                                    + " before it was ready; log " + logFile + ":\n" + logTail(80));
                        }
                        return status(wellKnown) == 200;
                    });
        } catch (ConditionTimeoutException e) {
            stop();
            throw new IllegalStateException("Keycloak was not ready within " + timeout + "; log " + logFile
                    + ":\n" + logTail(80), e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        cacheBuild();
        LOG.log(System.Logger.Level.INFO, "Keycloak {0} started on {1} in {2,number,#} ms (home {3}, log {4})", VERSION,
                baseUrl(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin), home, logFile);
        return this;
    }

    /** Stops the Keycloak process tree (graceful first, forcibly after 30 s). */
    public synchronized void stop() {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>();
        p.toHandle().descendants().forEach(tree::add);
        tree.add(p.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Stops the server and removes a temporary home. */
    @Override
    public synchronized void close() {
        stop();
        if (ownsHome) {
            Files2.deleteRecursively(home);
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** {@code http://127.0.0.1:<port>/realms/golive}. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public Path home() {
        return home;
    }

    /** Where Keycloak's console output goes. */
    public synchronized Path logFile() {
        return logFile;
    }

    /**
     * An access token from the password grant on the public client {@code golive-cli}.
     *
     * @throws IllegalStateException with Keycloak's answer when the grant is refused
     */
    public String accessToken(String username, String password) {
        return token("grant_type=password&client_id=" + enc(CLI_CLIENT) + "&username=" + enc(username)
                + "&password=" + enc(password), username);
    }

    /**
     * An access token of a machine caller: the client-credentials grant of a confidential client
     * with a service account (see {@link DemoMachines}).
     *
     * @throws IllegalStateException with Keycloak's answer when the grant is refused
     */
    public String clientCredentialsToken(String clientId, String secret) {
        return token("grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret),
                clientId);
    }

    /**
     * An access token of {@code username} from the password grant on another public client of the
     * realm (e.g. one a test created with {@link #ensurePublicClient}).
     */
    public String accessToken(String clientId, String username, String password) {
        return token("grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(username)
                + "&password=" + enc(password), username);
    }

    /**
     * Creates, unless it exists, a public client of the golive realm that allows the password grant,
     * with the given client attributes (e.g. {@code access.token.lifespan}) and audience mappers for
     * {@code audiences} (none: its tokens are meant for no Golive service). For tests of what a
     * service refuses: tokens that expire at once, tokens for another audience.
     */
    public void ensurePublicClient(String clientId, Map<String, String> attributes, List<String> audiences) {
        ObjectNode client = JSON.createObjectNode();
        client.put("clientId", clientId);
        client.put("publicClient", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        ObjectNode attrs = client.putObject("attributes");
        attributes.forEach(attrs::put);
        var mappers = client.putArray("protocolMappers");
        for (String audience : audiences) {
            ObjectNode mapper = mappers.addObject();
            mapper.put("name", "audience " + audience);
            mapper.put("protocol", "openid-connect");
            mapper.put("protocolMapper", "oidc-audience-mapper");
            ObjectNode config = mapper.putObject("config");
            config.put("included.client.audience", audience);
            config.put("access.token.claim", "true");
            config.put("id.token.claim", "false");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM + "/clients"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.toString()))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("Creating client " + clientId + " refused: HTTP "
                    + response.statusCode() + " " + response.body());
        }
    }

    /** A token of the master realm's administrator, for the admin REST API. */
    public String adminToken() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + enc(ADMIN_USERNAME) + "&password=" + enc(ADMIN_PASSWORD)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Admin token refused: HTTP " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String form, String who) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + tokenEndpoint() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request for " + who + " refused: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        try {
            JsonNode token = JSON.readTree(response.body()).get("access_token");
            if (token == null) {
                throw new IllegalStateException("No access_token in the answer for " + who);
            }
            return token.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- Java

    /**
     * The JDK that runs Keycloak: env {@value #JAVA_HOME_ENV} when set, else this JVM when it is 21+,
     * else the newest JDK 21+ under {@code /usr/lib/jvm}.
     */
    public static Path findJavaHome() {
        String fromEnv = System.getenv(JAVA_HOME_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path p = Path.of(fromEnv);
            if (!Files.isExecutable(p.resolve("bin/java"))) {
                throw new IllegalStateException(JAVA_HOME_ENV + "=" + fromEnv + " has no bin/java");
            }
            return p;
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jvmDir = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvmDir)) {
            try (Stream<Path> candidates = Files.list(jvmDir)) {
                Optional<Path> best = candidates
                        .filter(p -> Files.isExecutable(p.resolve("bin/java")))
                        .filter(p -> javaFeature(p) >= 21)
                        .max(Comparator.comparingInt(KeycloakServer::javaFeature)
                                .thenComparing(p -> p.getFileName().toString()));
                if (best.isPresent()) {
                    return best.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("Keycloak " + VERSION + " needs a JDK 21 or newer, and none was found: this JVM is "
                + Runtime.version() + ", /usr/lib/jvm has none. Install a JDK 21+ (for example "
                + "'apt-get install openjdk-21-jdk-headless' or a Temurin 21+/25 under /usr/lib/jvm) or set "
                + JAVA_HOME_ENV + " to one.");
    }

    private static int javaFeature(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return -1;
        }
        try (InputStream in = Files.newInputStream(release)) {
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
            if (v.startsWith("1.")) {
                v = v.substring(2);
            }
            int end = 0;
            while (end < v.length() && Character.isDigit(v.charAt(end))) {
                end++;
            }
            return end == 0 ? -1 : Integer.parseInt(v.substring(0, end));
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- distribution

    private Path distributionZip() {
        List<Path> tried = new ArrayList<>();
        if (explicitZip != null) {
            tried.add(explicitZip);
        }
        String prop = System.getProperty(ZIP_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            tried.add(Path.of(prop));
        }
        tried.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip"));
        for (Path p : tried) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("Keycloak distribution zip not found (tried " + tried + "). Build "
                + "services/testkit with Maven once (it resolves org.keycloak:keycloak-quarkus-dist:" + VERSION
                + ":zip) or set -D" + ZIP_PROPERTY + "=<path>.");
    }

    private static Path cacheRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "golive-keycloak-" + VERSION);
    }

    /** Unzips the distribution once per version; a cache without the marker file is redone. */
    static Path ensureDistribution(Path zip) {
        Path root = cacheRoot();
        Path dist = root.resolve(DIST_DIR);
        if (Files.exists(root.resolve(UNZIPPED_MARKER))) {
            return dist;
        }
        withCacheLock(() -> {
            if (Files.exists(root.resolve(UNZIPPED_MARKER))) {
                return;
            }
            long begin = System.nanoTime();
            Files2.deleteRecursively(root);
            unzip(zip, root);
            if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
                throw new IllegalStateException(zip + " has no " + DIST_DIR + "/bin/kc.sh");
            }
            try (Stream<Path> scripts = Files.list(dist.resolve("bin"))) {
                for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    script.toFile().setExecutable(true, false);
                }
            }
            Files.writeString(root.resolve(UNZIPPED_MARKER), zip + "\n");
            LOG.log(System.Logger.Level.INFO, "Unzipped Keycloak {0} into {1} in {2,number,#} ms", VERSION, root,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        });
        return dist;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        Path normalizedTarget = target.toAbsolutePath().normalize();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = normalizedTarget.resolve(entry.getName()).normalize();
                if (!out.startsWith(normalizedTarget)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zf.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /**
     * Lays out the home: own copies of what Keycloak writes (bin/kc.sh, conf, lib/quarkus, data) and
     * links to the unpacked, read-only libraries.
     */
    private void prepareHome(Path dist) {
        try {
            Files.createDirectories(home.resolve("bin"));
            Files.createDirectories(home.resolve("lib"));
            Files.createDirectories(home.resolve("providers"));
            Files.createDirectories(home.resolve("themes"));
            Files.createDirectories(home.resolve("data/import"));
            Path kcSh = home.resolve("bin/kc.sh");
            Files.copy(dist.resolve("bin/kc.sh"), kcSh, StandardCopyOption.REPLACE_EXISTING);
            kcSh.toFile().setExecutable(true, false);
            Files.copy(dist.resolve("lib/quarkus-run.jar"), home.resolve("lib/quarkus-run.jar"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(dist.resolve("version.txt"), home.resolve("version.txt"), StandardCopyOption.REPLACE_EXISTING);
            for (String shared : List.of("lib/lib", "lib/app")) {
                Path link = home.resolve(shared);
                if (Files.isSymbolicLink(link) || Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                    Files2.deleteRecursively(link);
                }
                Files.createSymbolicLink(link, dist.resolve(shared));
            }
            if (!Files.exists(home.resolve("conf/keycloak.conf"))) {
                Files2.copyTree(dist.resolve("conf"), home.resolve("conf"));
            }
            Path libQuarkus = home.resolve("lib/quarkus");
            if (!Files.exists(libQuarkus.resolve("quarkus-application.dat")) || !builtFor(libQuarkus)) {
                // nothing built yet, or built for another version: start from the cached build or the distribution's
                Path built = cacheRoot().resolve("build-" + db);
                Path source = builtFor(built) ? built : dist.resolve("lib/quarkus");
                Files2.deleteRecursively(libQuarkus);
                Files2.copyTree(source, libQuarkus);
            }
            reaugmentationExpected = !builtFor(libQuarkus);
            Files.copy(realmFile(), home.resolve("data/import/" + REALM + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the Keycloak home " + home, e);
        }
    }

    /**
     * Keeps the build output of a successful start (Keycloak re-augments itself on the first start-dev,
     * which takes about half a minute), so that later homes start without re-augmenting.
     */
    private void cacheBuild() {
        Path built = cacheRoot().resolve("build-" + db);
        try {
            Path libQuarkus = home.resolve("lib/quarkus");
            if (!builtFor(libQuarkus)) {
                Files.writeString(libQuarkus.resolve(BUILD_MARKER), VERSION);
            }
            if (builtFor(built)) {
                return;
            }
            withCacheLock(() -> {
                if (builtFor(built)) {
                    return;
                }
                Path tmp = cacheRoot().resolve("build-" + db + "-" + UUID.randomUUID());
                Files2.copyTree(libQuarkus, tmp);
                Files2.deleteRecursively(built);
                Files.move(tmp, built, StandardCopyOption.ATOMIC_MOVE);
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not cache the Keycloak build output", e);
        }
    }

    /** Whether the directory holds a build output of this Keycloak version that started successfully. */
    private static boolean builtFor(Path libQuarkus) {
        try {
            Path marker = libQuarkus.resolve(BUILD_MARKER);
            return Files.isRegularFile(marker) && Files.readString(marker).trim().equals(VERSION);
        } catch (IOException e) {
            return false;
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** Serializes work on the cache across threads and JVMs. */
    private static void withCacheLock(IoAction action) {
        CACHE_LOCK.lock();
        try {
            Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "golive-keycloak-" + VERSION + ".lock");
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = ch.lock()) {
                action.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak distribution cache " + cacheRoot(), e);
        } finally {
            CACHE_LOCK.unlock();
        }
    }

    // ---------------------------------------------------------------- realm file

    private Path realmFile() throws IOException {
        if (explicitRealmFile != null) {
            return explicitRealmFile;
        }
        String prop = System.getProperty(REALM_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        Path relative = Path.of("deploy", "keycloak", REALM + "-realm.json");
        String repoRoot = System.getProperty("golive.repo.root");
        if (repoRoot != null && !repoRoot.isBlank() && Files.isRegularFile(Path.of(repoRoot).resolve(relative))) {
            return Path.of(repoRoot).resolve(relative);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM + "-realm.json")) {
            if (in != null) {
                Path copy = home.resolve(REALM + "-realm.json");
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return copy;
            }
        }
        throw new IllegalStateException("Realm file " + relative + " not found (set -D" + REALM_PROPERTY + ")");
    }

    // ---------------------------------------------------------------- helpers

    private Path defaultLogFile() {
        if (!ownsHome) {
            return home.resolve("keycloak.log");
        }
        Path target = Path.of("target").toAbsolutePath();
        Path dir = Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
        return dir.resolve("keycloak-" + port + ".log");
    }

    private static java.io.File devNull() {
        return new java.io.File("/dev/null");
    }

    private int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException e) {
            return -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The last lines of Keycloak's log. */
    public String logTail(int lines) {
        return Files2.tail(logFile, lines);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + baseUrl() + ", home " + home + "]";
    }

    /** Options: a persistent home (dev-file database) and fixed port for a local launcher, paths. */
    public static final class Builder {
        private Path home;
        private int port;
        private int managementPort;
        private Path realmFile;
        private Path distributionZip;
        private Path javaHome;
        private Path logFile;
        private Duration startupTimeout;

        private Builder() {
        }

        /**
         * A persistent home directory, with a dev-file (H2) database kept across restarts. The realm
         * is imported on every start with Keycloak's IGNORE_EXISTING strategy: once the realm exists,
         * later edits of the realm file are not applied (delete {@code data/h2} to re-import).
         */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** HTTP port; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Management (health/metrics) port; 0 (default) picks a free one. */
        public Builder managementPort(int managementPort) {
            this.managementPort = managementPort;
            return this;
        }

        /** Realm file to import; default deploy/keycloak/golive-realm.json of the repository. */
        public Builder realmFile(Path realmFile) {
            this.realmFile = realmFile;
            return this;
        }

        public Builder distributionZip(Path distributionZip) {
            this.distributionZip = distributionZip;
            return this;
        }

        /** JDK 21+ to run Keycloak with; default {@link KeycloakServer#findJavaHome()}. */
        public Builder javaHome(Path javaHome) {
            this.javaHome = javaHome;
            return this;
        }

        /** Where Keycloak's console output goes. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /**
         * How long to wait for the realm to answer; default 180 s, plus 120 s when Keycloak has to
         * re-augment itself first (the first start-dev of a home without a cached build).
         */
        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = startupTimeout;
            return this;
        }

        public KeycloakServer build() {
            return new KeycloakServer(this);
        }

        public KeycloakServer start() {
            return build().start();
        }
    }
}
