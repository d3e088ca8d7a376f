package dev.golive.notification.intake;

import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.messaging.inbox.ReceivedEvent;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.cutover.CutoverProjector;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.Notices;
import dev.golive.notification.notify.Notifier;
import dev.golive.notification.paging.PageConsumers;
import dev.golive.notification.paging.Paging;
import dev.golive.notification.runbook.RoleOwnedTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Takes one event, first delivery only, in the consumer's transaction: brings the cutover's
 * projection and timers up to date, writes the deliveries of what the event means to people
 * ({@link Notices}) — an overdue runbook task of a role also to that role's members
 * ({@link RoleOwnedTasks}) — and opens a page when it calls for one, unless the event is one of those
 * {@link PageConsumers} page for on their own path (so a page never waits for these notices).
 */
@ApplicationScoped
public class EventIntake {

    private final CutoverProjector projector;
    private final Notifier notifier;
    private final Paging paging;
    private final RoleOwnedTasks roleOwnedTasks;

    public EventIntake(CutoverProjector projector, Notifier notifier, Paging paging, RoleOwnedTasks roleOwnedTasks) {
        this.projector = projector;
        this.notifier = notifier;
        this.paging = paging;
        this.roleOwnedTasks = roleOwnedTasks;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(ReceivedEvent received) {
        CutoverProjection cutover = projector.apply(received.event());
        List<Notice> notices = Notices.from(received.id(), received.event(), CutoverProjector.context(cutover));
        projector.afterNotices(received.event(), cutover);
        for (Notice notice : notices) {
            notifier.notify(notice, cutover);
        }
        if (received.event() instanceof RunbookTaskOverdue overdue) {
            roleOwnedTasks.overdue(overdue, notices, cutover);
        }
        if (!PageConsumers.pagesFor(received.event())) {
            paging.consider(received.id(), received.event(), cutover);
        }
    }
}
