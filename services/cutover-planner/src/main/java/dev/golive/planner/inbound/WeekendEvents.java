package dev.golive.planner.inbound;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.testing.WeekendSignedOff;
import dev.golive.planner.cutover.Cutover;
import dev.golive.planner.cutover.WeekendStatus;
import dev.golive.planner.feed.CalendarEntries;
import dev.golive.planner.gonogo.Gatekeeper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Applies one event of another service to its cutover, with the cutover locked: the gates read
 * it, the personal calendar feeds take their assignments, shifts and tasks from it, and the runbook's
 * observations, the sign-off and rollback decisions move the status. An event about a cutover this
 * planner does not know is dropped (logged): there are no gates to keep for it.
 */
@ApplicationScoped
public class WeekendEvents {

    private static final Logger LOG = Logger.getLogger(WeekendEvents.class);

    @Inject
    Gatekeeper gatekeeper;

    @Inject
    WeekendStatus weekendStatus;

    @Inject
    CalendarEntries calendarEntries;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(GoliveEvent event) {
        Cutover cutover = Cutover.lock(cutoverId(event));
        if (cutover == null) {
            LOG.infof("dropping %s about unknown cutover %s", event.getClass().getSimpleName(), event.cutoverId());
            return;
        }
        gatekeeper.apply(cutover, event);
        calendarEntries.apply(cutover, event);
        if (event instanceof WeekendSignedOff signOff) {
            weekendStatus.signedOff(cutover, signOff);
        } else if (event instanceof RollbackDecided decided) {
            weekendStatus.rollbackDecided(cutover, decided);
        } else if (event instanceof RunbookTaskChanged changed) {
            weekendStatus.taskChanged(cutover, changed);
        }
    }

    private static UUID cutoverId(GoliveEvent event) {
        try {
            return UUID.fromString(event.cutoverId());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventCodec.UnreadableEventException("cutoverId '" + event.cutoverId() + "' is not a UUID", e);
        }
    }
}
