package dev.golive.notification.intake;

import dev.golive.messaging.inbox.ReceivedEvent;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.cutover.CutoverProjector;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.Notices;
import dev.golive.notification.notify.Notifier;
import dev.golive.notification.paging.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Takes one event, first delivery only, in the consumer's transaction: brings the cutover's
 * projection and timers up to date, writes the deliveries of what the event means to people
 * ({@link Notices}) and opens a page when it calls for one.
 */
@ApplicationScoped
public class EventIntake {

    private final CutoverProjector projector;
    private final Notifier notifier;
    private final Paging paging;

    public EventIntake(CutoverProjector projector, Notifier notifier, Paging paging) {
        this.projector = projector;
        this.notifier = notifier;
        this.paging = paging;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(ReceivedEvent received) {
        CutoverProjection cutover = projector.apply(received.event());
        for (Notice notice : Notices.from(received.id(), received.event(), CutoverProjector.context(cutover))) {
            notifier.notify(notice, cutover);
        }
        paging.consider(received.id(), received.event(), cutover);
    }
}
