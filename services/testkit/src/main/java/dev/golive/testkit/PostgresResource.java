package dev.golive.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a Quarkus test at a database (init arg {@code database}, default {@code golive}) of the
 * JVM-wide {@link Postgres#shared() PostgreSQL}, creating it when missing. Stopping the resource
 * leaves the server running for the next Quarkus boot in this JVM; a shutdown hook stops it.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "golive";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        String arg = initArgs.get(DATABASE_ARG);
        if (arg != null && !arg.isBlank()) {
            database = arg;
        }
    }

    @Override
    public Map<String, String> start() {
        Postgres postgres = Postgres.shared();
        String url = postgres.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        // shared server: stopped by its shutdown hook
    }
}
