package dev.golive.testkit;

import java.util.List;
import java.util.logging.Level;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;

/** Keeps the in-JVM Kafka broker's INFO chatter out of the test output. */
final class QuietLogs {

    private static final List<Logger> QUIETED = List.of("kafka", "org.apache.kafka", "state.change.logger").stream()
            .map(name -> LogContext.getLogContext().getLogger(name))
            .toList();

    private QuietLogs() {
    }

    static void kafka() {
        QUIETED.forEach(l -> l.setLevel(Level.WARNING));
    }
}
