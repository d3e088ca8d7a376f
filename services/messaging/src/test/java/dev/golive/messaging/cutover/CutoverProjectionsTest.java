package dev.golive.messaging.cutover;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.messaging.testapp.Cutovers;
import dev.golive.messaging.testapp.Db;
import dev.golive.messaging.testapp.TestClock;
import dev.golive.messaging.testapp.TestProjection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The projection rules every service relies on, applied directly in a transaction of the test. */
@QuarkusTest
class CutoverProjectionsTest {

    private static final Instant NOW = Instant.parse("2026-03-06T10:15:30Z");
    private static final Instant FIRST_DOWNTIME = Instant.parse("2026-04-03T17:00:00Z");
    private static final Instant MOVED_DOWNTIME = Instant.parse("2026-04-10T17:00:00Z");

    @Inject
    CutoverProjections projections;
    @Inject
    TestClock clock;

    private final Recorded recorded = new Recorded();
    private final UUID cutoverId = UUID.randomUUID();
    private final String id = cutoverId.toString();

    @BeforeEach
    void stopTheClock() {
        clock.set(NOW);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void the_first_window_sets_revision_and_zone_and_hands_the_milestones_to_the_service() {
        Optional<TestProjection> applied = apply(Cutovers.scheduled(id, 1, "Europe/Berlin", FIRST_DOWNTIME));

        assertThat(applied).isPresent();
        assertThat(recorded.calls).containsExactly("windowChanged");
        WindowChange window = recorded.windows.get(0);
        assertThat(window.cutoverId()).isEqualTo(cutoverId);
        assertThat(window.revision()).isEqualTo(1);
        assertThat(window.zone()).isEqualTo("Europe/Berlin");
        assertThat(window.moved()).isFalse();
        assertThat(window.milestones()).isEqualTo(Map.of(
                Milestone.DOWNTIME_START, FIRST_DOWNTIME,
                Milestone.BUSINESS_RESUME, FIRST_DOWNTIME.plusSeconds(3 * 24 * 3600)));
        assertThat(window.at(Milestone.POINT_OF_NO_RETURN)).isNull();

        TestProjection row = Db.projection(cutoverId).orElseThrow();
        assertThat(row.windowRevision).isEqualTo(1);
        assertThat(row.zone).isEqualTo("Europe/Berlin");
        assertThat(row.updatedAt).isEqualTo(NOW);
        assertThat(row.cancelled()).isFalse();
    }

    @Test
    void a_newer_window_moves_it_and_an_older_or_equal_revision_is_ignored_without_a_reaction() {
        apply(Cutovers.scheduled(id, 1, Cutovers.ZONE, FIRST_DOWNTIME));
        apply(Cutovers.rescheduled(id, 2, Cutovers.ZONE, MOVED_DOWNTIME));
        assertThat(recorded.calls).containsExactly("windowChanged", "windowChanged");
        assertThat(recorded.windows.get(1).moved()).isTrue();
        assertThat(recorded.windows.get(1).at(Milestone.DOWNTIME_START)).isEqualTo(MOVED_DOWNTIME);

        clock.set(NOW.plusSeconds(60));
        apply(Cutovers.rescheduled(id, 2, "Asia/Tokyo", FIRST_DOWNTIME));
        apply(Cutovers.scheduled(id, 1, "Asia/Tokyo", FIRST_DOWNTIME));

        assertThat(recorded.calls).hasSize(2);
        TestProjection row = Db.projection(cutoverId).orElseThrow();
        assertThat(row.windowRevision).isEqualTo(2);
        assertThat(row.zone).isEqualTo(Cutovers.ZONE);
        assertThat(row.updatedAt).isEqualTo(NOW);
    }

    @Test
    void nothing_of_a_cancelled_cutover_changes_again() {
        apply(Cutovers.scheduled(id, 1, Cutovers.ZONE, FIRST_DOWNTIME));
        Instant cancelledAt = Instant.parse("2026-03-06T09:00:00Z");
        apply(Cutovers.cancelled(id, cancelledAt));
        assertThat(recorded.calls).containsExactly("windowChanged", "cancelled");

        clock.set(NOW.plusSeconds(60));
        apply(Cutovers.rescheduled(id, 2, "Asia/Tokyo", MOVED_DOWNTIME));
        apply(Cutovers.updated(id, "Asia/Tokyo"));
        apply(Cutovers.cancelled(id, cancelledAt.plusSeconds(600)));

        assertThat(recorded.calls).containsExactly("windowChanged", "cancelled");
        TestProjection row = Db.projection(cutoverId).orElseThrow();
        assertThat(row.cancelledAt).isEqualTo(cancelledAt);
        assertThat(row.windowRevision).isEqualTo(1);
        assertThat(row.zone).isEqualTo(Cutovers.ZONE);
        assertThat(row.updatedAt).isEqualTo(NOW);
    }

    @Test
    void planned_and_updated_set_the_zone_and_reach_the_service_as_details() {
        apply(Cutovers.planned(id, "America/New_York"));
        apply(Cutovers.updated(id, " "));

        assertThat(recorded.calls).containsExactly("detailsChanged(planned)", "detailsChanged(updated)");
        // A blank zone keeps the known one.
        assertThat(Db.projection(cutoverId).orElseThrow().zone).isEqualTo("America/New_York");
    }

    @Test
    void a_zone_that_is_not_a_time_zone_makes_the_event_unreadable() {
        assertThatThrownBy(() -> apply(Cutovers.scheduled(id, 1, "Mars/Olympus_Mons", FIRST_DOWNTIME)))
                .isInstanceOf(EventCodec.UnreadableEventException.class)
                .hasMessageContaining("Mars/Olympus_Mons");
        assertThatThrownBy(() -> apply(Cutovers.planned(id, "Europe/Atlantis")))
                .isInstanceOf(EventCodec.UnreadableEventException.class)
                .hasMessageContaining("Europe/Atlantis");

        assertThat(recorded.calls).isEmpty();
        assertThat(Db.projection(cutoverId)).isEmpty();
    }

    @Test
    void any_other_event_reaches_the_service_without_a_row() {
        MilestoneReached reached = new MilestoneReached(id, 1, Milestone.DOWNTIME_START, FIRST_DOWNTIME,
                FIRST_DOWNTIME, false, 0, null);

        assertThat(apply(reached)).isEmpty();

        assertThat(recorded.calls).containsExactly("otherEvent");
        assertThat(recorded.others).containsExactly(reached);
        assertThat(Db.projection(cutoverId)).isEmpty();
    }

    @Test
    void lock_creates_the_row_once_however_often_it_is_called() {
        TestProjection first = QuarkusTransaction.requiringNew().call(() -> {
            TestProjection row = projections.lock(cutoverId, TestProjection.class);
            assertThat(projections.lock(cutoverId, TestProjection.class)).isSameAs(row);
            row.zone = "Europe/Berlin";
            return row;
        });
        assertThat(first.windowRevision).isZero();
        assertThat(first.updatedAt).isEqualTo(NOW);

        clock.set(NOW.plusSeconds(60));
        TestProjection again = QuarkusTransaction.requiringNew().call(() -> projections.lock(cutoverId, TestProjection.class));

        assertThat(Db.projectionRows(cutoverId)).isEqualTo(1);
        assertThat(again.zone).isEqualTo("Europe/Berlin");
        assertThat(again.updatedAt).isEqualTo(NOW);
    }

    @Test
    void apply_and_lock_refuse_to_run_outside_a_transaction() {
        assertThatThrownBy(() -> projections.lock(cutoverId, TestProjection.class))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
        assertThat(Db.projection(cutoverId)).isEmpty();
    }

    private Optional<TestProjection> apply(GoliveEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> projections.apply(event, TestProjection.class, recorded));
    }

    /** The service's side, as a list of the calls it received. */
    private static final class Recorded implements CutoverReactions<TestProjection> {

        final List<String> calls = new ArrayList<>();
        final List<WindowChange> windows = new ArrayList<>();
        final List<GoliveEvent> others = new ArrayList<>();

        @Override
        public void detailsChanged(TestProjection row, GoliveEvent event, boolean planned) {
            calls.add("detailsChanged(" + (planned ? "planned" : "updated") + ")");
        }

        @Override
        public void windowChanged(TestProjection row, WindowChange window) {
            calls.add("windowChanged");
            windows.add(window);
        }

        @Override
        public void cancelled(TestProjection row) {
            calls.add("cancelled");
        }

        @Override
        public void otherEvent(UUID cutoverId, GoliveEvent event) {
            calls.add("otherEvent");
            others.add(event);
        }
    }
}
