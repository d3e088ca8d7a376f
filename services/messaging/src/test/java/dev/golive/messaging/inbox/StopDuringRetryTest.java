package dev.golive.messaging.inbox;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graceful stop while a record is being retried (its handling fails transiently): the record is
 * not dead-lettered but left uncommitted, and the next start applies it — and the record behind it —
 * once, in order. The test application runs twice, in this JVM ({@code testapp.TestMain}): started,
 * stopped during the retry, started again on the same broker, group and database.
 */
@QuarkusMainTest
class StopDuringRetryTest {

    @Test
    void a_record_retried_when_the_service_stops_is_applied_once_by_the_next_start_and_never_dead_lettered(
            QuarkusMainLauncher launcher) {
        String cutoverId = UUID.randomUUID().toString();

        LaunchResult stopped = launcher.launch("stop-during-retry", cutoverId);
        assertThat(stopped.exitCode()).as(stopped.getOutput()).isZero();
        String planned = value(stopped.getOutput(), "planned=");
        String updated = value(stopped.getOutput(), "updated=");

        LaunchResult next = launcher.launch("apply", cutoverId, planned, updated);
        assertThat(next.exitCode()).as(next.getOutput()).isZero();
        assertThat(next.getOutput())
                .contains("planned applied 1 time(s)")
                .contains("updated applied 1 time(s)")
                .as("planned then updated, each once").contains("detail changes 2")
                .contains("dead letters of the cutover: none");
    }

    private static String value(String output, String prefix) {
        return output.lines().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " in " + output));
    }
}
