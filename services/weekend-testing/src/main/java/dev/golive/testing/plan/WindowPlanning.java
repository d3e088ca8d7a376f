package dev.golive.testing.plan;

import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.Plan;
import dev.golive.testing.scenario.ScenarioRow;
import dev.golive.testing.tester.TesterRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Planning started by the cutover's window, in the transaction of the window event: once the
 * testing window is known (or has moved) and the cutover has scenarios and testers, the weekend is
 * planned again. A draft (or no plan) becomes a new draft for the ops lead to check and publish; a
 * published plan is re-published at once — PlanPublished with the new plan, then AssignmentChanged
 * for each assignment that got another tester or time — since testers are already working from it.
 */
@ApplicationScoped
public class WindowPlanning {

    public static final String BY = "weekend-testing";

    private static final Logger LOG = Logger.getLogger(WindowPlanning.class);

    @Inject
    Clock clock;

    @Inject
    PlanStore store;

    @Transactional(Transactional.TxType.MANDATORY)
    public void windowChanged(CutoverProjection cutover, String why) {
        if (ScenarioRow.count("cutoverId", cutover.cutoverId) == 0 || TesterRow.count("cutoverId", cutover.cutoverId) == 0) {
            LOG.infof("%s of %s: no scenarios or no testers yet, nothing to plan", why, cutover.cutoverId);
            return;
        }
        Instant now = clock.instant();
        boolean published = PlanRow.isPublished(cutover.cutoverId);
        Plan plan;
        try {
            plan = store.compute(cutover);
        } catch (IllegalArgumentException e) {
            // The window is kept; the ops lead sees the reason when planning by hand.
            LOG.warnf("%s of %s: cannot plan: %s", why, cutover.cutoverId, e.getMessage());
            return;
        }
        List<AssignmentRow> moved = store.store(cutover, plan, published ? PlanStatus.PUBLISHED : PlanStatus.DRAFT, BY, now);
        LOG.infof("%s of %s: planned %d assignment(s), %d unassignable, %s", why, cutover.cutoverId,
                plan.assignments().size(), plan.unassignable().size(), published ? "re-published" : "draft");
        if (published) {
            store.announce(PlanRow.findById(cutover.cutoverId));
            moved.forEach(a -> store.announceChange(a, why, BY, now));
        }
    }
}
