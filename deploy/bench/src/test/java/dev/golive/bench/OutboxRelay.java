package dev.golive.bench;

import dev.golive.e2e.Platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Scenario 6: what each service's outbox relay did during a scenario, read from its
 * {@code outbox_event} table: the rows written since the scenario began, how fast the relay handed
 * them to the broker (rows over the time from the first written to the last published) and their
 * age when published ({@code published_at - occurred_at}).
 */
final class OutboxRelay {

    static final String SCENARIO = "6 outbox relay";

    private final Platform platform;
    private final Figures figures;

    OutboxRelay(Platform platform, Figures figures) {
        this.platform = platform;
        this.figures = figures;
    }

    /** The database's clock now: rows written from here on belong to what starts now. */
    Instant now() {
        try (Connection db = platform.postgres.connect("golive");
             ResultSet r = db.createStatement().executeQuery("SELECT clock_timestamp()")) {
            r.next();
            return r.getTimestamp(1).toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds, per service whose outbox got rows since {@code since}, its relay's throughput and ages. */
    void record(String label, Instant since) {
        String sql = """
                SELECT count(*),
                       count(*) FILTER (WHERE published_at IS NULL),
                       extract(epoch FROM max(published_at) - min(occurred_at)),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - occurred_at)),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - occurred_at)),
                       extract(epoch FROM max(published_at - occurred_at))
                FROM %s.outbox_event WHERE occurred_at >= ?""";
        try (Connection db = platform.postgres.connect("golive")) {
            for (var service : Platform.SCHEMA_OF.entrySet()) {
                try (PreparedStatement q = db.prepareStatement(sql.formatted(service.getValue()))) {
                    q.setTimestamp(1, Timestamp.from(since));
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        long rows = r.getLong(1);
                        if (rows == 0) {
                            continue;
                        }
                        String what = label + ", " + service.getKey();
                        figures.add(SCENARIO, what + ": rows", "rows", rows);
                        figures.add(SCENARIO, what + ": unpublished at the end", "rows", r.getLong(2));
                        figures.add(SCENARIO, what + ": relay throughput", "rows/s", rows / Math.max(0.001, r.getDouble(3)));
                        figures.add(SCENARIO, what + ": age p50", "ms", r.getDouble(4) * 1000);
                        figures.add(SCENARIO, what + ": age p99", "ms", r.getDouble(5) * 1000);
                        figures.add(SCENARIO, what + ": age max", "ms", r.getDouble(6) * 1000);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outboxes", e);
        }
    }
}
