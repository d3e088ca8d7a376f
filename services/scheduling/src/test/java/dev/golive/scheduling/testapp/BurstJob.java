package dev.golive.scheduling.testapp;

import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.Dependent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A job whose deadlines come in bursts, in small: {@link #BURST} per transaction. Its work is what a
 * milestone's is: under the cutover's lock, recorded once (a second firing of the same deadline finds
 * it done), in the transaction it is given, in table {@code burst_fired} with that transaction's id.
 * A deadline with {@link #BROKEN} in its data can never fire; one with {@link #TRANSIENT_FAILURES}
 * fails that many times first, as a restarting database would make it fail.
 */
@Dependent
public class BurstJob extends DeadlineJob {

    public static final int BURST = 5;
    public static final String BROKEN = "broken";
    public static final String TRANSIENT_FAILURES = "transientFailures";
    private static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();
    public static final String TABLE = """
            CREATE TABLE IF NOT EXISTS burst_fired (cutover_id TEXT NOT NULL, name TEXT NOT NULL,
                transaction_id BIGINT NOT NULL, PRIMARY KEY (cutover_id, name))""";

    private final DataSource dataSource;

    public BurstJob(Deadlines deadlines, CutoverTriggers triggers, DataSource dataSource) {
        super(deadlines, triggers);
        this.dataSource = dataSource;
    }

    /** How many times the deadline's work was attempted, failures included. */
    public static int attempts(java.util.UUID cutoverId, String name) {
        return ATTEMPTS.getOrDefault(cutoverId + " " + name, 0);
    }

    @Override
    protected int burst() {
        return BURST;
    }

    @Override
    protected void fire(Firing firing) {
        if (firing.data().containsKey(BROKEN)) {
            throw new IllegalArgumentException("this deadline names a milestone that does not exist");
        }
        int attempt = ATTEMPTS.merge(firing.cutoverId() + " " + firing.name(), 1, Integer::sum);
        if (attempt <= Integer.parseInt(firing.data().getOrDefault(TRANSIENT_FAILURES, "0"))) {
            throw new IllegalStateException("could not write",
                    new SQLTransientConnectionException("the database system is starting up", "57P03"));
        }
        QuarkusTransaction.joiningExisting().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))");
                 PreparedStatement record = connection.prepareStatement("""
                         INSERT INTO burst_fired (cutover_id, name, transaction_id) SELECT ?, ?, txid_current()
                         WHERE NOT EXISTS (SELECT 1 FROM burst_fired WHERE cutover_id = ? AND name = ?)""")) {
                lock.setString(1, firing.cutoverId().toString());
                lock.execute();
                record.setString(1, firing.cutoverId().toString());
                record.setString(2, firing.name());
                record.setString(3, firing.cutoverId().toString());
                record.setString(4, firing.name());
                record.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
