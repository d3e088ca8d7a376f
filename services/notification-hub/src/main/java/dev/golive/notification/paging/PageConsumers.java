package dev.golive.notification.paging;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.messaging.inbox.InboxConsumer;
import dev.golive.messaging.inbox.ReceivedEvent;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.domain.PageTriggers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Pages on a path of its own: the topics whose events may page (incidents, the rollback assessment,
 * overdue runbook tasks) are read a second time, in their own consumer group
 * ({@code notification-hub-paging}), and only for those types. A page then waits neither for the
 * notices of the events before it (every stakeholder's message rendered, written and sent) nor for
 * the cutover's lock that the notices hold: a burst of critical incidents pages at the rate they come.
 * The general intake ({@link dev.golive.notification.intake.EventIntake}) leaves these events' pages
 * to this path. Each event is taken once (its own inbox consumer names), and a page opens once per
 * cause ({@link Paging#consider}), so a redelivery, or the replay of a topic from its start, pages
 * nobody twice.
 */
@ApplicationScoped
public class PageConsumers {

    private static final Logger LOG = Logger.getLogger(PageConsumers.class);

    public static final String INCIDENT = "notification-hub.paging.incident";
    public static final String ROLLBACK = "notification-hub.paging.rollback";
    public static final String RUNBOOK = "notification-hub.paging.runbook";

    static final EventTypes INCIDENT_TYPES = EventTypes.of(EventCatalog.INCIDENT_REPORTED, EventCatalog.INCIDENT_UPDATED,
            EventCatalog.INCIDENT_DETECTED);
    static final EventTypes ROLLBACK_TYPES = EventTypes.of(EventCatalog.ROLLBACK_ASSESSMENT_CHANGED);
    static final EventTypes RUNBOOK_TYPES = EventTypes.of(EventCatalog.RUNBOOK_TASK_OVERDUE);

    private final InboxConsumer inbox;
    private final Paging paging;

    public PageConsumers(InboxConsumer inbox, Paging paging) {
        this.inbox = inbox;
        this.paging = paging;
    }

    /** Whether this path pages for {@code event}, so the general intake does not. */
    public static boolean pagesFor(GoliveEvent event) {
        String type = EventCatalog.of(event).name();
        return INCIDENT_TYPES.names().contains(type) || ROLLBACK_TYPES.names().contains(type)
                || RUNBOOK_TYPES.names().contains(type);
    }

    @Incoming("incident-pages")
    @Blocking
    public void incident(ConsumerRecord<String, byte[]> record) {
        take(INCIDENT, INCIDENT_TYPES, record);
    }

    @Incoming("rollback-pages")
    @Blocking
    public void rollback(ConsumerRecord<String, byte[]> record) {
        take(ROLLBACK, ROLLBACK_TYPES, record);
    }

    @Incoming("runbook-pages")
    @Blocking
    public void runbook(ConsumerRecord<String, byte[]> record) {
        take(RUNBOOK, RUNBOOK_TYPES, record);
    }

    /**
     * A record that cannot be read (no type, not the catalogue's JSON, no cutover id) is left to the
     * general intake, which dead-letters it: here it would be dead-lettered a second time. An event
     * that pages nobody (an incident that is not critical, an assessment that does not say decide now)
     * is left before the inbox: taking it would change nothing, so it needs no record of being taken.
     */
    private void take(String consumer, EventTypes types, ConsumerRecord<String, byte[]> record) {
        if (record.headers().lastHeader(CloudEventHeaders.TYPE) == null || !types.wanted(record)) {
            return;
        }
        ReceivedEvent received;
        try {
            received = ReceivedEvent.of(record);
            ReceivedEvent.cutoverIdOf(received.event());
        } catch (EventCodec.UnreadableEventException e) {
            LOG.debugf("%s leaves an unreadable record to the general intake: %s", consumer, e.getMessage());
            return;
        }
        if (PageTriggers.from(received.id(), received.event()).isEmpty()) {
            return;
        }
        inbox.consume(consumer, record, this::page);
    }

    private void page(ReceivedEvent received) {
        paging.consider(received.id(), received.event(), cutover(ReceivedEvent.cutoverIdOf(received.event())));
    }

    /**
     * The cutover as the general intake last left it, read without its lock (paging changes nothing
     * of it); a cutover not known yet is paged by its id, in UTC.
     */
    private static CutoverProjection cutover(UUID cutoverId) {
        return CutoverProjection.of(cutoverId).orElseGet(() -> {
            CutoverProjection unknown = new CutoverProjection();
            unknown.cutoverId = cutoverId;
            return unknown;
        });
    }
}
