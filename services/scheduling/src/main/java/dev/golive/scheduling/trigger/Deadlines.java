package dev.golive.scheduling.trigger;

import dev.golive.scheduling.failure.Failures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.quartz.Job;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The record of every deadline {@link CutoverTriggers} schedules, and what keeps them: a firing that
 * failed transiently is tried again later (5 s, doubling up to 5 min); one that can never succeed is
 * set aside with its reason, an error in the log and the {@code golive.deadline.set.aside} counter;
 * and the {@link DeadlineSweep} fires once, late, every deadline that is due but neither fired nor
 * still has a trigger, whatever lost it. Each firing's lateness goes to {@code golive.deadline.lateness}.
 */
@ApplicationScoped
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(5);
    static final String RETRY_SUFFIX = "#retry-";

    private final DataSource dataSource;
    private final Clock clock;
    private final MeterRegistry registry;

    public Deadlines(DataSource dataSource, Clock clock, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.registry = registry;
    }

    /** A deadline as recorded, with what is needed to fire it again. */
    public record Deadline(String group, String name, String jobClass, String description, Instant dueAt,
                           Map<String, String> data, int attempts) {

        /** The cutover of the deadline's group ({@code <kind>-<cutoverId>}). */
        UUID cutoverId() {
            return UUID.fromString(group.substring(group.indexOf('-') + 1));
        }

        /** The deadline as its job sees it when it fires. */
        Firing firing() {
            return new Firing(cutoverId(), name, dueAt, Map.copyOf(data));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void scheduled(String group, Class<? extends Job> job, OneShot trigger) {
        if (trigger.misfire() == OneShot.Misfire.SKIP) {
            // A trigger whose moment may pass unfired is no deadline to keep: the sweep must not fire it late.
            removed(group, trigger.name());
            return;
        }
        update("""
                INSERT INTO golive_deadline (trigger_group, name, job_class, description, due_at, data)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (trigger_group, name) DO UPDATE SET job_class = excluded.job_class,
                    description = excluded.description, due_at = excluded.due_at, data = excluded.data,
                    fired_at = NULL, attempts = 0, last_failure = NULL, set_aside_at = NULL""",
                group, trigger.name(), job.getName(), truncate(trigger.description(), 500),
                Timestamp.from(trigger.at()), write(trigger.data()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void removed(String group, String name) {
        update("DELETE FROM golive_deadline WHERE trigger_group = ? AND name = ?", group, name);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void removedAll(String group) {
        update("DELETE FROM golive_deadline WHERE trigger_group = ?", group);
    }

    /** The firing worked: the deadline is kept, and how late it was is measured. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fired(String group, Firing firing) {
        Instant now = clock.instant();
        update("UPDATE golive_deadline SET fired_at = ?, attempts = attempts + 1 WHERE trigger_group = ? AND name = ?",
                Timestamp.from(now), group, firing.name());
        recordLateness(group, firing, now);
    }

    private void recordLateness(String group, Firing firing, Instant now) {
        Timer.builder("golive.deadline.lateness")
                .description("How long after its due instant a deadline fired")
                .tag("kind", kindOf(group))
                .register(registry)
                .record(firing.lateness(now));
    }

    /**
     * The firing threw. Transient: a retry trigger is scheduled with backoff. Anything else: set aside.
     *
     * @return true when it will be tried again
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(String group, Class<? extends Job> job, Firing firing, RuntimeException failure,
                          CutoverTriggers triggers) {
        Recorded recorded = row(group, firing.name(), "FOR UPDATE");
        if (recorded != null && recorded.setAside()) {
            // A burst already set it aside while its own trigger was firing: one alert is enough.
            LOG.debugf("deadline %s of %s failed again after it was set aside", firing.name(), group);
            return false;
        }
        return recordFailure(group, job, firing, failure, recorded == null ? 0 : recorded.attempts(), triggers);
    }

    /**
     * A deadline's firing failed in a {@link #fireTogether burst} (on its own, the burst's others fired):
     * recorded as {@link #failed} does, and the trigger it was scheduled with removed, since the retry
     * (or the set-aside) now stands for it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean failedTogether(Class<? extends Job> job, Deadline deadline, RuntimeException failure, CutoverTriggers triggers) {
        // Two bursts (or a burst and the deadline's own trigger) may both have failed it: whichever
        // records first does; the other finds the row taken or already tried and leaves it.
        if (row(deadline.group(), deadline.name(),
                "AND fired_at IS NULL AND set_aside_at IS NULL AND attempts = 0 FOR UPDATE SKIP LOCKED") == null) {
            LOG.debugf("deadline %s of %s failed in a burst, and another firing records it", deadline.name(),
                    deadline.group());
            return false;
        }
        triggers.removeOwnTriggers(List.of(deadline));
        return recordFailure(deadline.group(), job, deadline.firing(), failure, 0, triggers);
    }

    private boolean recordFailure(String group, Class<? extends Job> job, Firing firing, RuntimeException failure,
                                  int attemptsBefore, CutoverTriggers triggers) {
        int attempts = attemptsBefore + 1;
        String reason = truncate(failure.getClass().getSimpleName() + ": " + rootMessage(failure), 1000);
        if (Failures.isTransient(failure)) {
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16));
            if (wait.compareTo(LONGEST_RETRY) > 0) {
                wait = LONGEST_RETRY;
            }
            update("UPDATE golive_deadline SET attempts = ?, last_failure = ? WHERE trigger_group = ? AND name = ?",
                    attempts, reason, group, firing.name());
            triggers.retry(group, job, firing, attempts, clock.instant().plus(wait));
            registry.counter("golive.deadline.retries", "kind", kindOf(group)).increment();
            LOG.warnf("deadline %s of %s failed (attempt %d), trying again in %s: %s", firing.name(), group, attempts,
                    wait, reason);
            return true;
        }
        update("UPDATE golive_deadline SET attempts = ?, last_failure = ?, set_aside_at = ? WHERE trigger_group = ? AND name = ?",
                attempts, reason, Timestamp.from(clock.instant()), group, firing.name());
        registry.counter("golive.deadline.set.aside", "kind", kindOf(group)).increment();
        LOG.errorf(failure, "deadline %s of %s can never fire (attempt %d), set aside: %s", firing.name(), group,
                attempts, reason);
        return false;
    }

    /**
     * Up to {@code limit} deadlines of {@code job} due no later than {@code dueBy} that were never tried:
     * the ones a {@link DeadlineJob#burst() burst} may fire together. They are listed from
     * {@code startingAt}'s group on (and then the groups before it), so that bursts started by
     * firings of different cutovers mostly take different deadlines. Nothing is locked here.
     */
    List<Deadline> dueTogether(Class<? extends Job> job, String startingAt, Instant dueBy, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                SELECT trigger_group, name, job_class, description, due_at, data, attempts FROM golive_deadline
                WHERE fired_at IS NULL AND set_aside_at IS NULL AND due_at <= ? AND attempts = 0 AND job_class = ?
                ORDER BY trigger_group < ?, trigger_group, name LIMIT ?""")) {
            statement.setTimestamp(1, Timestamp.from(dueBy));
            statement.setString(2, job.getName());
            statement.setString(3, startingAt);
            statement.setInt(4, limit);
            return deadlines(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the due deadlines", e);
        }
    }

    /**
     * Fires {@code candidates} together, in this one transaction: those no other firing has taken in the
     * meantime (taken rows are skipped, not waited for) are marked fired, fired in the order of their
     * groups (so two bursts lock the same cutovers in the same order), and their own triggers removed.
     * If one firing throws, nothing of the transaction stays.
     *
     * @return the deadlines fired
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Deadline> fireTogether(Class<? extends Job> job, List<Deadline> candidates, Consumer<Firing> fire,
                                CutoverTriggers triggers) {
        Instant now = clock.instant();
        List<Deadline> taken;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                UPDATE golive_deadline d SET fired_at = ?, attempts = d.attempts + 1
                FROM (SELECT g.trigger_group, g.name FROM golive_deadline g
                      JOIN unnest(?::text[], ?::text[]) AS k (trigger_group, name) USING (trigger_group, name)
                      WHERE g.fired_at IS NULL AND g.set_aside_at IS NULL AND g.attempts = 0
                      FOR UPDATE OF g SKIP LOCKED) t
                WHERE d.trigger_group = t.trigger_group AND d.name = t.name
                RETURNING d.trigger_group, d.name, d.job_class, d.description, d.due_at, d.data, d.attempts""")) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setArray(2, connection.createArrayOf("text", candidates.stream().map(Deadline::group).toArray()));
            statement.setArray(3, connection.createArrayOf("text", candidates.stream().map(Deadline::name).toArray()));
            taken = new ArrayList<>(deadlines(statement));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the due deadlines", e);
        }
        taken.sort(Comparator.comparing(Deadline::group).thenComparing(Deadline::name));
        for (Deadline deadline : taken) {
            Firing firing = deadline.firing();
            fire.accept(firing);
            recordLateness(deadline.group(), firing, now);
        }
        triggers.removeOwnTriggers(taken);
        return taken;
    }

    /** Deadlines due before {@code dueBefore} that neither fired nor were set aside, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Deadline> unfired(Instant dueBefore, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                SELECT trigger_group, name, job_class, description, due_at, data, attempts FROM golive_deadline
                WHERE fired_at IS NULL AND set_aside_at IS NULL AND due_at < ? ORDER BY due_at LIMIT ?""")) {
            statement.setTimestamp(1, Timestamp.from(dueBefore));
            statement.setInt(2, limit);
            return deadlines(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the deadlines", e);
        }
    }

    private static List<Deadline> deadlines(PreparedStatement statement) throws SQLException {
        List<Deadline> due = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                due.add(new Deadline(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getTimestamp(5).toInstant(), read(rows.getString(6)), rows.getInt(7)));
            }
        }
        return due;
    }

    /** What a failure is recorded over: how often the deadline was tried, and whether it was set aside. */
    private record Recorded(int attempts, boolean setAside) {
    }

    /**
     * The deadline's row, locked as {@code condition} ends (it says which rows count, and how they are
     * locked until the transaction ends), or null when there is none such.
     */
    private Recorded row(String group, String name, String condition) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                "SELECT attempts, set_aside_at IS NOT NULL FROM golive_deadline WHERE trigger_group = ? AND name = ? "
                        + condition)) {
            statement.setString(1, group);
            statement.setString(2, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new Recorded(rows.getInt(1), rows.getBoolean(2)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read deadline " + name + " of " + group, e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a deadline", e);
        }
    }

    // Inside a JTA transaction the pool hands out the transaction's connection; closing it here only
    // gives it back when the transaction ends, so these statements commit or roll back with the caller.

    static String kindOf(String group) {
        int dash = group.indexOf('-');
        return dash < 0 ? group : group.substring(0, dash);
    }

    static String write(Map<String, String> data) {
        Properties properties = new Properties();
        properties.putAll(data);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static Map<String, String> read(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> data = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> data.put(key, properties.getProperty(key)));
        return data;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
