package dev.golive.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A packaged Quarkus application ({@code target/quarkus-app/quarkus-run.jar}) running as a child
 * process of this JVM, as it ships: {@code java -jar} with JVM options (system properties among
 * them), this process's environment plus the given variables, its HTTP port in
 * {@code QUARKUS_HTTP_PORT}, its output in a log file. Ready when {@code /q/health/ready} answers
 * 200; stopped with SIGTERM, killed when it does not stop in time. Fault tests {@link #kill()} it
 * (SIGKILL: no shutdown hook, no graceful stop) and {@link #startAgain()} it as it was: same command,
 * port, environment and database, its output added to the same log.
 *
 * <p>Used by the local launcher, the console's tests (the services behind it) and the end-to-end
 * weekend (every service).
 */
public final class PackagedService implements AutoCloseable {

    /** How long a service may take to shut down after SIGTERM before it is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final int port;
    private final Path logFile;
    /** How it was started: {@link #startAgain()} runs the same. */
    private final ProcessBuilder launch;
    /** The running (or last) process; replaced by {@link #startAgain()}. */
    private volatile Process process;

    private PackagedService(String name, int port, Path logFile, ProcessBuilder launch, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.launch = launch;
        this.process = process;
    }

    /** A service to start from {@code jar}; {@code name} names it in messages. */
    public static Builder builder(String name, Path jar) {
        return new Builder(name, jar);
    }

    /** The runnable jar of a service module, as {@code mvn package} leaves it. */
    public static Path jar(Path repoRoot, String service) {
        return repoRoot.resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar");
    }

    /**
     * The variables by which every service finds the platform: database, broker and identity
     * provider. Callers add service-specific ones (SMTP, other services' URLs) to the returned
     * mutable map.
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

    /**
     * Waits until {@code /q/health/ready} answers 200.
     *
     * @throws IllegalStateException with the end of the service's log when it exits first or is not
     *                               ready in time
     */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            Awaitility.await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited with code " + process.exitValue()
                                    + " before it was ready; log " + logFile + ":\n" + Files2.tail(logFile, 40));
                        }
                        try {
                            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException notListeningYet) {
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; log " + logFile
                    + ":\n" + Files2.tail(logFile, 40), e);
        }
    }

    /**
     * Kills the service as a crash would (SIGKILL: no shutdown hook runs, nothing is flushed, open
     * transactions and Kafka sessions are simply abandoned) and waits until the process is gone.
     */
    public void kill() {
        Process running = process;
        running.destroyForcibly();
        try {
            running.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    /**
     * Starts the service again exactly as it was started (same command, port, environment, so the
     * same database and broker), its output appended to the same log; does not wait for it to be
     * ready (see {@link #awaitReady}).
     *
     * @throws IllegalStateException when the previous process still runs
     */
    public void startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " still runs (pid " + process.pid() + "): kill or stop it first");
        }
        try {
            Files.writeString(logFile, System.lineSeparator() + "---- " + name + " started again at "
                    + Instant.now() + System.lineSeparator(), StandardOpenOption.APPEND);
            launch.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            process = launch.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " again (" + launch.command() + ")", e);
        }
    }

    /** Asks the service to shut down (SIGTERM) without waiting, so that several stop together. */
    public void requestStop() {
        process.destroy();
    }

    /** Asks the service to shut down (SIGTERM) and waits for it; kills it when it does not stop in {@link #STOP_GRACE}. */
    public void stop() {
        Process process = this.process;
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

    /** Port, environment, JVM options and log file of a service to start. */
    public static final class Builder {
        private final String name;
        private final Path jar;
        private final Map<String, String> env = new LinkedHashMap<>();
        /** A small heap unless an option says otherwise: the JVM takes the last -Xmx. */
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx256m"));
        private int port;
        private Path logFile;

        private Builder(String name, Path jar) {
            this.name = name;
            this.jar = jar;
        }

        /** The HTTP port ({@code QUARKUS_HTTP_PORT}); 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Variables added to this process's environment. */
        public Builder env(Map<String, String> variables) {
            env.putAll(variables);
            return this;
        }

        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        /** JVM options, after the default {@code -Xmx256m}. */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        public Builder jvmOptions(String... options) {
            return jvmOptions(List.of(options));
        }

        /** A system property ({@code -Dname=value}). */
        public Builder systemProperty(String name, String value) {
            jvmOptions.add("-D" + name + "=" + value);
            return this;
        }

        /** Where stdout and stderr go (replaced); default {@code target/<name>.log}. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /**
         * Starts the process (without waiting for it to be ready: see {@link #awaitReady}).
         *
         * @throws IllegalStateException when the jar is missing
         */
        public PackagedService start() {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: package " + name + " first (mvn package -DskipTests)");
            }
            int httpPort = port > 0 ? port : Ports.freePort();
            Path log = (logFile != null ? logFile : Path.of("target", name + ".log")).toAbsolutePath();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
            try {
                Files.createDirectories(log.getParent());
                return new PackagedService(name, httpPort, log, builder, builder.start());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + name + " (" + command + ")", e);
            }
        }
    }
}
