package dev.golive.scheduling.trigger;

import dev.golive.scheduling.testapp.BurstJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many cutovers' deadlines due at one instant, of a job that fires them in bursts: each fires once,
 * most of them several to a transaction, their triggers do not fire them again, and one that can
 * never fire is set aside without holding back the others of its burst.
 */
@QuarkusTest
class DeadlineBurstTest {

    private static final String KIND = "burst";
    private static final List<String> MILESTONES = List.of("STAGING_REFRESH_DEADLINE", "GO_NO_GO", "DOWNTIME_START");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    CutoverTriggers triggers;
    @Inject
    Scheduler quartz;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void table() {
        QuarkusTransaction.requiringNew().run(() -> execute(BurstJob.TABLE));
    }

    @Test
    void every_deadline_of_a_burst_fires_once_most_several_to_a_transaction_and_their_triggers_are_gone() {
        List<UUID> cutovers = cutovers(8);
        Instant due = Instant.now().plusSeconds(2);
        schedule(cutovers, due, null, null, Map.of());

        await().atMost(WAIT).until(() -> fired(cutovers).size() == cutovers.size() * MILESTONES.size());
        // What is left of the triggers must not fire anything again.
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> quartzJobs(cutovers) == 0
                && fired(cutovers).size() == cutovers.size() * MILESTONES.size());
        Map<String, Long> transactions = fired(cutovers);
        assertThat(transactions.keySet()).containsExactlyInAnyOrderElementsOf(cutovers.stream()
                .flatMap(c -> MILESTONES.stream().map(m -> c + " " + m)).toList());
        assertThat(transactions.values().stream().distinct().count())
                .as("24 deadlines fired in fewer transactions than deadlines").isLessThan(transactions.size());
        assertThat(unfired(cutovers)).as("every deadline recorded as fired").isZero();
    }

    @Test
    void a_deadline_that_can_never_fire_is_set_aside_and_the_others_of_its_burst_fire() {
        List<UUID> cutovers = cutovers(4);
        UUID broken = cutovers.get(1);
        Instant due = Instant.now().plusSeconds(2);
        schedule(cutovers, due, broken, "GO_NO_GO", Map.of(BurstJob.BROKEN, "yes"));

        int others = cutovers.size() * MILESTONES.size() - 1;
        await().atMost(WAIT).until(() -> fired(cutovers).size() == others && setAside(broken, "GO_NO_GO"));
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> fired(cutovers).size() == others
                && quartzJobs(cutovers) == 0);
        assertThat(fired(cutovers)).doesNotContainKey(broken + " GO_NO_GO").containsKey(broken + " DOWNTIME_START");
        // However many firings failed it (bursts on both sides of it, its own trigger), it is set aside once: one alert.
        assertThat(recordedAttempts(broken, "GO_NO_GO")).as("recorded attempts of the broken deadline").isEqualTo(1);
    }

    @Test
    void a_deadline_failing_transiently_in_a_burst_is_tried_again_and_fires_once_with_the_others() {
        List<UUID> cutovers = cutovers(4);
        UUID flaky = cutovers.get(2);
        Instant due = Instant.now().plusSeconds(2);
        // Three failures: tried again by the burst's halving or by its own retry trigger (5 s, then 10 s, 20 s).
        schedule(cutovers, due, flaky, "DOWNTIME_START", Map.of(BurstJob.TRANSIENT_FAILURES, "3"));

        int all = cutovers.size() * MILESTONES.size();
        await().atMost(WAIT.multipliedBy(2)).until(() -> fired(cutovers).size() == all);
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> fired(cutovers).size() == all
                && quartzJobs(cutovers) == 0 && unfired(cutovers) == 0);
        assertThat(fired(cutovers)).containsKey(flaky + " DOWNTIME_START");
        assertThat(BurstJob.attempts(flaky, "DOWNTIME_START")).as("three failures, then the firing").isGreaterThanOrEqualTo(4);
    }

    /** Every cutover's milestones due at {@code due}, {@code odd}'s {@code milestone} carrying {@code data}. */
    private void schedule(List<UUID> cutovers, Instant due, UUID odd, String milestone, Map<String, String> data) {
        QuarkusTransaction.requiringNew().run(() -> cutovers.forEach(cutover -> triggers.replace(KIND, cutover,
                BurstJob.class, MILESTONES.stream().map(m -> OneShot.fireOnceLate(m, due, m,
                        cutover.equals(odd) && m.equals(milestone) ? data : Map.of())).toList())));
    }

    private static List<UUID> cutovers(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    /** "cutover name" → the database transaction that fired it, for the given cutovers. */
    private Map<String, Long> fired(List<UUID> cutovers) {
        Map<String, Long> fired = new HashMap<>();
        query("SELECT cutover_id, name, transaction_id FROM burst_fired WHERE cutover_id = ANY (?)", cutovers,
                rows -> fired.put(rows.getString(1) + " " + rows.getString(2), rows.getLong(3)));
        return fired;
    }

    private int unfired(List<UUID> cutovers) {
        int[] count = {0};
        query("SELECT count(*) FROM golive_deadline WHERE fired_at IS NULL AND trigger_group = ANY (?)",
                cutovers.stream().map(c -> CutoverTriggers.group(KIND, c)).toList(), rows -> count[0] = rows.getInt(1));
        return count[0];
    }

    private boolean setAside(UUID cutover, String name) {
        boolean[] aside = {false};
        query("SELECT set_aside_at IS NOT NULL FROM golive_deadline WHERE trigger_group = ANY (?) AND name = '" + name + "'",
                List.of(CutoverTriggers.group(KIND, cutover)), rows -> aside[0] = rows.getBoolean(1));
        return aside[0];
    }

    private int recordedAttempts(UUID cutover, String name) {
        int[] attempts = {0};
        query("SELECT attempts FROM golive_deadline WHERE trigger_group = ANY (?) AND name = '" + name + "'",
                List.of(CutoverTriggers.group(KIND, cutover)), rows -> attempts[0] = rows.getInt(1));
        return attempts[0];
    }

    private int quartzJobs(List<UUID> cutovers) throws SchedulerException {
        int jobs = 0;
        for (UUID cutover : cutovers) {
            jobs += quartz.getJobKeys(GroupMatcher.jobGroupEquals(CutoverTriggers.group(KIND, cutover))).size();
        }
        return jobs;
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, List<?> values, Row row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", values.stream().map(Object::toString).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
