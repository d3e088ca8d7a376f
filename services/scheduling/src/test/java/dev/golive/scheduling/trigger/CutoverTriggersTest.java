package dev.golive.scheduling.trigger;

import dev.golive.scheduling.testapp.Firings;
import dev.golive.scheduling.testapp.Firings.Fired;
import dev.golive.scheduling.testapp.RecordingJob;
import dev.golive.scheduling.testapp.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * One-shot triggers of a cutover on Quartz's clustered JDBC store in real PostgreSQL, joined to the
 * caller's transaction, firing a real job.
 */
@QuarkusTest
class CutoverTriggersTest {

    private static final String KIND = "test";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Far enough ahead never to fire during the tests; Quartz keeps milliseconds. */
    private static final Instant LATER = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    CutoverTriggers triggers;
    @Inject
    Firings firings;
    @Inject
    Clock clock;

    private final UUID cutoverId = UUID.randomUUID();

    @Test
    void replace_schedules_one_trigger_per_one_shot_and_drops_the_earlier_set() {
        inTransaction(() -> triggers.replace(KIND, cutoverId, RecordingJob.class, List.of(
                later("DOWNTIME_START", 0), later("SYSTEM_BACK_EXPECTED", 1), later("BUSINESS_RESUME", 2))));
        assertThat(triggers.nextFireTimes(KIND, cutoverId)).containsExactly(
                Map.entry("BUSINESS_RESUME", LATER.plus(Duration.ofHours(2))),
                Map.entry("DOWNTIME_START", LATER),
                Map.entry("SYSTEM_BACK_EXPECTED", LATER.plus(Duration.ofHours(1))));

        inTransaction(() -> triggers.replace(KIND, cutoverId, RecordingJob.class, List.of(
                later("DOWNTIME_START", 24), later("POINT_OF_NO_RETURN", 30))));

        assertThat(triggers.nextFireTimes(KIND, cutoverId)).containsExactly(
                Map.entry("DOWNTIME_START", LATER.plus(Duration.ofHours(24))),
                Map.entry("POINT_OF_NO_RETURN", LATER.plus(Duration.ofHours(30))));
        assertThat(triggers.nextFireTime(KIND, cutoverId, "DOWNTIME_START")).contains(LATER.plus(Duration.ofHours(24)));
        assertThat(triggers.nextFireTime(KIND, cutoverId, "BUSINESS_RESUME")).isEmpty();
    }

    @Test
    void schedule_replaces_the_trigger_of_the_same_name_only() {
        inTransaction(() -> {
            triggers.schedule(KIND, cutoverId, RecordingJob.class, later("REMINDER", 0));
            triggers.schedule(KIND, cutoverId, RecordingJob.class, later("ESCALATION", 1));
            triggers.schedule(KIND, cutoverId, RecordingJob.class, later("REMINDER", 5));
        });

        assertThat(triggers.nextFireTimes(KIND, cutoverId)).containsExactly(
                Map.entry("ESCALATION", LATER.plus(Duration.ofHours(1))),
                Map.entry("REMINDER", LATER.plus(Duration.ofHours(5))));
    }

    @Test
    void remove_and_remove_all_leave_other_kinds_and_cutovers_alone() {
        UUID other = UUID.randomUUID();
        inTransaction(() -> {
            triggers.replace(KIND, cutoverId, RecordingJob.class, List.of(later("A", 0), later("B", 1), later("C", 2)));
            triggers.schedule("other-kind", cutoverId, RecordingJob.class, later("A", 3));
            triggers.schedule(KIND, other, RecordingJob.class, later("A", 4));
        });

        inTransaction(() -> {
            triggers.remove(KIND, cutoverId, "B");
            triggers.remove(KIND, cutoverId, "never-scheduled");
        });
        assertThat(triggers.nextFireTimes(KIND, cutoverId)).containsOnlyKeys("A", "C");

        inTransaction(() -> triggers.removeAll(KIND, cutoverId));
        assertThat(triggers.nextFireTimes(KIND, cutoverId)).isEmpty();
        assertThat(triggers.nextFireTimes("other-kind", cutoverId)).containsExactly(Map.entry("A", LATER.plus(Duration.ofHours(3))));
        assertThat(triggers.nextFireTimes(KIND, other)).containsExactly(Map.entry("A", LATER.plus(Duration.ofHours(4))));
    }

    @Test
    void a_trigger_fires_its_job_once_when_due_with_what_it_was_scheduled_with() {
        Instant due = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        inTransaction(() -> triggers.schedule(KIND, cutoverId, RecordingJob.class, OneShot.fireOnceLate(
                "DOWNTIME_START", due, "downtime start of the test cutover", Map.of("revision", "3"))));

        await().atMost(WAIT).until(() -> !firings.of(cutoverId).isEmpty());
        Firing firing = firings.of(cutoverId).get(0).firing();
        assertThat(firing.cutoverId()).isEqualTo(cutoverId);
        assertThat(firing.name()).isEqualTo("DOWNTIME_START");
        assertThat(firing.dueAt()).isEqualTo(due);
        assertThat(firing.data()).isEqualTo(Map.of("revision", "3"));
        assertThat(firing.get("revision")).isEqualTo("3");
        assertThatThrownBy(() -> firing.get("window")).isInstanceOf(IllegalStateException.class).hasMessageContaining("window");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> firings.of(cutoverId).size() == 1);
        assertThat(triggers.nextFireTimes(KIND, cutoverId)).isEmpty();
    }

    @Test
    void a_fire_once_late_trigger_already_past_fires_once_at_once_and_knows_how_late() {
        Instant due = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
        inTransaction(() -> triggers.schedule(KIND, cutoverId, RecordingJob.class,
                OneShot.fireOnceLate("POINT_OF_NO_RETURN", due, null, Map.of())));

        await().atMost(WAIT).until(() -> !firings.of(cutoverId).isEmpty());
        Fired fired = firings.of(cutoverId).get(0);
        assertThat(fired.firing().dueAt()).isEqualTo(due);
        assertThat(fired.lateness()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> firings.of(cutoverId).size() == 1);
        assertThat(triggers.nextFireTimes(KIND, cutoverId)).isEmpty();
    }

    @Test
    void a_skip_trigger_already_past_never_fires() {
        UUID marker = UUID.randomUUID();
        inTransaction(() -> {
            triggers.schedule(KIND, cutoverId, RecordingJob.class, new OneShot("REMINDER",
                    Instant.now().minusSeconds(10), null, Map.of(), OneShot.Misfire.SKIP));
            // Due after the skipped one would have fired: once it fired, the other had its chance.
            triggers.schedule(KIND, marker, RecordingJob.class, OneShot.fireOnceLate("MARKER",
                    Instant.now().plusSeconds(1), null, Map.of()));
        });

        await().atMost(WAIT).until(() -> !firings.of(marker).isEmpty()
                && triggers.nextFireTimes(KIND, cutoverId).isEmpty());
        assertThat(firings.of(cutoverId)).isEmpty();
    }

    @Test
    void triggers_scheduled_in_a_transaction_that_rolls_back_do_not_exist() {
        UUID marker = UUID.randomUUID();
        inTransaction(() -> triggers.schedule(KIND, cutoverId, RecordingJob.class, later("KEPT", 0)));

        QuarkusTransaction.begin();
        triggers.removeAll(KIND, cutoverId);
        triggers.replace(KIND, cutoverId, RecordingJob.class, List.of(
                OneShot.fireOnceLate("ROLLED_BACK", Instant.now().plusSeconds(1), null, Map.of()), later("ALSO", 1)));
        assertThat(triggers.nextFireTimes(KIND, cutoverId)).as("inside the transaction").containsOnlyKeys("ROLLED_BACK", "ALSO");
        QuarkusTransaction.rollback();

        assertThat(triggers.nextFireTimes(KIND, cutoverId)).containsOnlyKeys("KEPT");
        inTransaction(() -> triggers.schedule(KIND, marker, RecordingJob.class,
                OneShot.fireOnceLate("MARKER", Instant.now().plusSeconds(2), null, Map.of())));
        await().atMost(WAIT).until(() -> !firings.of(marker).isEmpty());
        assertThat(firings.of(cutoverId)).isEmpty();
    }

    @Test
    void changing_triggers_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> triggers.schedule(KIND, cutoverId, RecordingJob.class, later("A", 0)))
                .isInstanceOf(TransactionalException.class);
        assertThat(triggers.nextFireTimes(KIND, cutoverId)).isEmpty();
    }

    @Test
    void the_application_clock_is_the_test_alternative_not_the_default() {
        assertThat(clock).isInstanceOf(TestClock.class);
    }

    private static OneShot later(String name, int hours) {
        return OneShot.fireOnceLate(name, LATER.plus(Duration.ofHours(hours)), name + " of the test cutover",
                Map.of("hours", Integer.toString(hours)));
    }

    private static void inTransaction(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }
}
