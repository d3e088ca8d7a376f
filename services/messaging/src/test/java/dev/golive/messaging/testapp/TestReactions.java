package dev.golive.messaging.testapp;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.messaging.cutover.CutoverReactions;
import dev.golive.messaging.cutover.WindowChange;
import jakarta.enterprise.context.ApplicationScoped;

/** What the tests' application does with a cutover: keeps the downtime start and counts detail changes. */
@ApplicationScoped
public class TestReactions implements CutoverReactions<TestProjection> {

    @Override
    public void detailsChanged(TestProjection row, GoliveEvent event, boolean planned) {
        row.detailsChanges++;
    }

    @Override
    public void windowChanged(TestProjection row, WindowChange window) {
        row.downtimeStart = window.at(Milestone.DOWNTIME_START);
    }
}
