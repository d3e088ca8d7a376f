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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Golive service ({@code services/<name>/target/quarkus-app/quarkus-run.jar}) running
 * as a child process of this JVM, configured through the environment variables every service
 * reads ({@link #platformEnv}), with its output in a log file.
 *
 * <p>Used by the local launcher and reusable by anything else that needs the real packaged
 * services (end-to-end tests): start, wait until ready, stop.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * The variables by which every service finds the platform: database, broker and identity provider.
     * Callers add service-specific ones (SMTP, other services' URLs) to the returned mutable map.
     */
    public static Map<String, String> platformEnv(Postgres postgres, String database, KafkaBroker kafka,
                                                  KeycloakServer keycloak) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GOLIVE_DB_URL", postgres.jdbcUrl(database));
        env.put("GOLIVE_DB_USER", postgres.username());
        env.put("GOLIVE_DB_PASSWORD", postgres.password());
        env.put("GOLIVE_KAFKA", kafka.bootstrapServers());
        env.put("GOLIVE_OIDC_URL", keycloak.issuer());
        return env;
    }

    /** The runnable jar of a service module, as {@code mvn package} leaves it. */
    public static Path jar(Path repoRoot, String name) {
        return repoRoot.resolve("services/" + name + "/target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Starts {@code jar} on {@code port} with {@code env} added to this process's environment;
     * stdout and stderr go to {@code logFile} (replaced).
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> env, Path logFile,
                                       String... jvmOptions) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (mvn package -DskipTests)");
        }
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(List.of(jvmOptions.length == 0 ? new String[] {"-Xmx256m"} : jvmOptions));
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new ServiceProcess(name, port, logFile, builder.start());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + ": see " + logFile);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s: see " + logFile);
    }

    /** Asks the service to shut down (SIGTERM) without waiting. */
    public void requestStop() {
        process.destroy();
    }

    /** Asks the service to shut down and waits for it; kills it if it does not stop in time. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ", " + baseUrl() + ")";
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
