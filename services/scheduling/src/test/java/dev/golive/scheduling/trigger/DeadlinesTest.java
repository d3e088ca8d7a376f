package dev.golive.scheduling.trigger;

import dev.golive.scheduling.testapp.FlakyJob;
import dev.golive.scheduling.testapp.Firings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines are kept whatever happens to their firing: a transient failure is tried again with
 * backoff until it passes, a firing that can never succeed is set aside (and not tried again), and a
 * due deadline whose trigger was lost is fired once, late, by the sweep.
 */
@QuarkusTest
class DeadlinesTest {

    private static final String KIND = "flaky";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    CutoverTriggers triggers;
    @Inject
    Firings firings;
    @Inject
    Scheduler quartz;
    @Inject
    DataSource dataSource;

    private final UUID cutoverId = UUID.randomUUID();

    @Test
    void a_transient_failure_is_tried_again_until_the_deadline_fires_once() {
        Instant due = Instant.now().plusSeconds(1);
        QuarkusTransaction.requiringNew().run(() -> triggers.schedule(KIND, cutoverId, FlakyJob.class,
                OneShot.fireOnceLate("GO_NO_GO", due, "go/no-go", Map.of(FlakyJob.TRANSIENT_FAILURES, "1"))));

        await().atMost(WAIT).until(() -> firings.of(cutoverId).size() == 1);
        assertThat(FlakyJob.attempts(cutoverId)).isEqualTo(2);
        Firings.Fired fired = firings.of(cutoverId).get(0);
        assertThat(fired.firing().name()).isEqualTo("GO_NO_GO");
        assertThat(fired.firing().dueAt()).isEqualTo(due);
        assertThat(fired.lateness()).as("the retry waited its backoff").isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        await().atMost(WAIT).until(() -> firedAt(cutoverId, "GO_NO_GO") != null);
        assertThat(attemptsRecorded(cutoverId, "GO_NO_GO")).isEqualTo(2);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> firings.of(cutoverId).size() == 1 && quartzJobs(cutoverId) == 0);
    }

    @Test
    void a_firing_that_can_never_succeed_is_set_aside_and_not_tried_again() {
        QuarkusTransaction.requiringNew().run(() -> triggers.schedule(KIND, cutoverId, FlakyJob.class,
                OneShot.fireOnceLate("BROKEN", Instant.now().plusSeconds(1), "broken", Map.of(FlakyJob.BROKEN, "yes"))));

        await().atMost(WAIT).until(() -> setAsideReason(cutoverId, "BROKEN") != null);
        assertThat(setAsideReason(cutoverId, "BROKEN")).contains("does not exist");
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> FlakyJob.attempts(cutoverId) == 1);
        assertThat(firings.of(cutoverId)).isEmpty();
    }

    @Test
    void a_due_deadline_that_lost_its_trigger_is_fired_once_late_by_the_sweep() throws SchedulerException {
        Instant later = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> triggers.schedule(KIND, cutoverId, FlakyJob.class,
                OneShot.fireOnceLate("PNR_WARNING", later, "warning", Map.of())));
        // What a crash or a failed store can do: the trigger is gone, the deadline came due long ago.
        quartz.deleteJob(new JobKey("PNR_WARNING", CutoverTriggers.group(KIND, cutoverId)));
        Instant dueLongAgo = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        execute("UPDATE golive_deadline SET due_at = ? WHERE trigger_group = ? AND name = ?",
                Timestamp.from(dueLongAgo), CutoverTriggers.group(KIND, cutoverId), "PNR_WARNING");

        await().atMost(WAIT).until(() -> firings.of(cutoverId).size() == 1);
        Firings.Fired fired = firings.of(cutoverId).get(0);
        assertThat(fired.firing().dueAt()).isEqualTo(dueLongAgo);
        assertThat(fired.lateness()).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
        await().atMost(WAIT).until(() -> firedAt(cutoverId, "PNR_WARNING") != null);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).until(() -> firings.of(cutoverId).size() == 1);
    }

    private int quartzJobs(UUID cutover) throws SchedulerException {
        return quartz.getJobKeys(GroupMatcher.jobGroupEquals(CutoverTriggers.group(KIND, cutover))).size();
    }

    private Timestamp firedAt(UUID cutover, String name) {
        return (Timestamp) column("fired_at", cutover, name);
    }

    private int attemptsRecorded(UUID cutover, String name) {
        return ((Number) column("attempts", cutover, name)).intValue();
    }

    private String setAsideReason(UUID cutover, String name) {
        return column("set_aside_at", cutover, name) == null ? null : (String) column("last_failure", cutover, name);
    }

    private Object column(String column, UUID cutover, String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + column
                     + " FROM golive_deadline WHERE trigger_group = ? AND name = ?")) {
            statement.setString(1, CutoverTriggers.group(KIND, cutover));
            statement.setString(2, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... values) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
