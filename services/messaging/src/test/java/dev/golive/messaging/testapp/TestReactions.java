package dev.golive.messaging.testapp;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.messaging.cutover.CutoverReactions;
import dev.golive.messaging.cutover.WindowChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** What the tests' application does with a cutover: keeps the downtime start and counts detail changes. */
@ApplicationScoped
public class TestReactions implements CutoverReactions<TestProjection> {

    private static final Map<UUID, Integer> FAILURES_TO_GO = new ConcurrentHashMap<>();
    private static final Map<UUID, Integer> ATTEMPTS = new ConcurrentHashMap<>();

    /** The next {@code times} detail changes of the cutover fail as a restarting database would make them fail. */
    public static void failDetailsTransiently(UUID cutoverId, int times) {
        FAILURES_TO_GO.put(cutoverId, times);
    }

    public static int detailAttempts(UUID cutoverId) {
        return ATTEMPTS.getOrDefault(cutoverId, 0);
    }

    @Override
    public void detailsChanged(TestProjection row, GoliveEvent event, boolean planned) {
        ATTEMPTS.merge(row.cutoverId, 1, Integer::sum);
        if (FAILURES_TO_GO.getOrDefault(row.cutoverId, 0) > 0) {
            FAILURES_TO_GO.merge(row.cutoverId, -1, Integer::sum);
            throw new IllegalStateException("could not write",
                    new SQLTransientConnectionException("the database system is starting up", "57P03"));
        }
        row.detailsChanges++;
    }

    @Override
    public void windowChanged(TestProjection row, WindowChange window) {
        row.downtimeStart = window.at(Milestone.DOWNTIME_START);
    }
}
