package dev.golive.bench;

import dev.golive.e2e.Platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The database's side of a step, statement by statement: how often the platform ran each statement
 * per unit of work and how long PostgreSQL spent executing it ({@code pg_stat_statements}). CPU per
 * process says who works; this says on what, so that a change aims at the statements that cost the
 * most instead of at a guess.
 *
 * <p>Asked for with {@code -Dgolive.bench.statements=true}, which also starts PostgreSQL with the
 * extension preloaded ({@link #preload}). The statements of all services share one database user, so
 * a statement is told apart by its tables, not by its service. Counting them costs PostgreSQL a little
 * CPU of its own: compare CPU figures only between runs that both asked, or both did not.
 */
final class DatabaseWork {

    /** Whether the run asked for statements. */
    static final boolean ASKED = Boolean.getBoolean("golive.bench.statements");
    /** How many of the costliest statements each step prints. */
    private static final int SHOWN = Integer.getInteger("golive.bench.statements.shown", 40);

    /** One statement over a step: how often it ran, PostgreSQL's execution time, the rows it touched. */
    record Query(String query, long calls, double millis, long rows) {
    }

    /** Before the platform starts: its PostgreSQL loads the extension (the testkit's golive.postgres.settings). */
    static void preload() {
        if (ASKED && System.getProperty("golive.postgres.settings") == null) {
            System.setProperty("golive.postgres.settings", "shared_preload_libraries=pg_stat_statements");
        }
    }

    private final Platform platform;

    DatabaseWork(Platform platform) {
        this.platform = platform;
        run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    }

    /** Forgets every statement counted so far: the step starts from zero. */
    void start() {
        run("SELECT pg_stat_statements_reset()");
    }

    /** The statements run in the golive database since {@link #start}, costliest first. */
    List<Query> statements() {
        List<Query> statements = new ArrayList<>();
        try (Connection db = platform.postgres.connect("golive");
             ResultSet r = db.createStatement().executeQuery("""
                     SELECT query, calls, total_exec_time, rows FROM pg_stat_statements
                     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                       AND query NOT LIKE '%pg_stat_statements%'
                     ORDER BY total_exec_time DESC""")) {
            while (r.next()) {
                statements.add(new Query(r.getString(1).replaceAll("\\s+", " ").strip(), r.getLong(2),
                        r.getDouble(3), r.getLong(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pg_stat_statements (was PostgreSQL started with it preloaded?)", e);
        }
        return statements;
    }

    /**
     * Adds the statements and transactions per {@code unit} to the figures and prints the costliest
     * statements of the step, each per unit.
     */
    static void record(Figures figures, String scenario, String label, String unit, int count, List<Query> statements) {
        long calls = 0;
        long transactions = 0;
        double millis = 0;
        for (Query s : statements) {
            // pgjdbc opens each transaction with a BEGIN, which the extension counts; the COMMIT it does not.
            if (s.query().equalsIgnoreCase("BEGIN")) {
                transactions += s.calls();
            } else if (!s.query().equalsIgnoreCase("COMMIT")) {
                calls += s.calls();
                millis += s.millis();
            }
        }
        figures.add(scenario, label + ": statements per " + unit, "statements", (double) calls / count);
        figures.add(scenario, label + ": transactions per " + unit, "transactions", (double) transactions / count);
        figures.add(scenario, label + ": statement execution per " + unit, "ms", millis / count);
        StringBuilder table = new StringBuilder("BENCH statements of " + scenario + ", " + label + ", per " + unit
                + " (" + count + "): calls, execution ms, rows per call — costliest first\n");
        statements.stream().limit(SHOWN).forEach(s -> table.append(String.format(Locale.ROOT,
                "  %7.2f  %7.3f ms  %6.1f  %s%n", (double) s.calls() / count, s.millis() / count,
                s.calls() == 0 ? 0.0 : (double) s.rows() / s.calls(),
                s.query().length() > 170 ? s.query().substring(0, 170) + "…" : s.query())));
        System.out.print(table);
    }

    private void run(String sql) {
        try (Connection db = platform.postgres.connect("golive"); java.sql.Statement s = db.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed (was PostgreSQL started with pg_stat_statements preloaded?)", e);
        }
    }
}
