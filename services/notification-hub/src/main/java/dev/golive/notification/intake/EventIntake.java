package dev.golive.notification.intake;

import dev.golive.messaging.inbox.Inbox;
import dev.golive.messaging.inbox.ReceivedEvent;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.cutover.CutoverProjector;
import dev.golive.notification.domain.CutoverContext;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.Notices;
import dev.golive.notification.notify.Notifier;
import dev.golive.notification.paging.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Takes one event in the consumer's transaction: records it in the inbox (a redelivery stops here),
 * brings the cutover's projection and timers up to date, writes the deliveries of what the event
 * means to people ({@link Notices}) and opens a page when it calls for one.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    @Inject
    Inbox inbox;

    @Inject
    CutoverProjector projector;

    @Inject
    Notifier notifier;

    @Inject
    Paging paging;

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(String consumer, ConsumerRecord<String, byte[]> record) {
        ReceivedEvent received = ReceivedEvent.of(record);
        if (!inbox.firstDelivery(consumer, received.id(), received.type())) {
            LOG.debugf("dropping redelivered %s %s", received.type(), received.id());
            return;
        }
        CutoverProjection cutover = projector.apply(received.event());
        CutoverContext context = CutoverProjector.context(cutover);
        for (Notice notice : Notices.from(received.id(), received.event(), context)) {
            notifier.notify(notice, cutover);
        }
        paging.consider(received.id(), received.event(), cutover);
    }
}
