package dev.golive.scheduling.failure;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that may pass by itself from one that never will, for every retry of Golive (a
 * consumed event, a deadline's job). Transient: the database is
 * unreachable or restarting, a lock or serialisation conflict, a timeout. Everything else (an event
 * that cannot be read or breaks its contract, a bug) fails again on every attempt: it goes to the
 * dead-letter topic, from where it can be replayed once the cause is fixed.
 */
public final class Failures {

    /** SQLSTATE classes and codes of PostgreSQL that say "try again". */
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available
            "57014", // query_canceled (statement timeout)
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03"); // cannot_connect_now

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransientState(sql)) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.equals("org.hibernate.exception.JDBCConnectionException")
                    || type.equals("org.hibernate.exception.LockAcquisitionException")
                    || type.equals("org.hibernate.PessimisticLockException")
                    || type.equals("jakarta.persistence.LockTimeoutException")
                    || type.equals("jakarta.persistence.PessimisticLockException")
                    || type.equals("jakarta.persistence.QueryTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // The connection pool's own failures carry no state: "acquisition timeout", a closed pool.
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("acquisition timeout") || message.contains("connection");
        }
        return state.startsWith("08") || state.startsWith("53") || TRANSIENT_STATES.contains(state);
    }
}
