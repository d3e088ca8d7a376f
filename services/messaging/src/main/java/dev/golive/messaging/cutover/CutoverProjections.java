package dev.golive.messaging.cutover;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverMembersChanged;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.messaging.inbox.InboxConsumer;
import dev.golive.messaging.inbox.ReceivedEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Keeps a service's projection of each cutover in step with {@code golive.cutover.v1}, by the same
 * rules everywhere: a window whose revision is not above the known one is ignored (events of a
 * cutover arrive in order, but a replay or a late reschedule must not move a window back); nothing of
 * a cancelled cutover changes again; a zone that is not an IANA zone makes the event unreadable. The
 * service's {@link CutoverReactions} then does what the change means to it.
 */
@ApplicationScoped
public class CutoverProjections {

    /**
     * The events that define a cutover, which {@link #apply} applies to every projection (the cutover
     * known, its details, members, window and cancellation). A reader of the cutover topic takes
     * these and {@code and(...)} the types its {@link CutoverReactions#otherEvent} acts on, and skips
     * the rest (gates, milestones, statuses) before the inbox.
     */
    public static final EventTypes DEFINING = EventTypes.of(EventCatalog.CUTOVER_PLANNED, EventCatalog.CUTOVER_UPDATED,
            EventCatalog.CUTOVER_MEMBERS_CHANGED, EventCatalog.GO_LIVE_WINDOW_SCHEDULED,
            EventCatalog.GO_LIVE_WINDOW_RESCHEDULED, EventCatalog.CUTOVER_CANCELLED);

    private static final Logger LOG = Logger.getLogger(CutoverProjections.class);

    private final Clock clock;
    private final InboxConsumer inbox;
    private final CutoverMembers members;

    public CutoverProjections(Clock clock, InboxConsumer inbox, CutoverMembers members) {
        this.clock = clock;
        this.inbox = inbox;
        this.members = members;
    }

    /**
     * A record of {@code golive.cutover.v1} as a service's {@code @Incoming} method receives it: applied
     * once for {@code consumer} ({@link InboxConsumer}), then as {@link #apply} says.
     */
    public <R extends CutoverProjectionRow> void consume(String consumer, ConsumerRecord<String, byte[]> record,
                                                         Class<R> type, CutoverReactions<R> reactions) {
        inbox.consume(consumer, record, received -> apply(received.event(), type, reactions));
    }

    /**
     * A polled batch of {@code golive.cutover.v1} as a {@code batch=true} channel's {@code @Incoming} method
     * receives it: applied once for {@code consumer}, in one transaction ({@link InboxConsumer#consumeBatch}),
     * each event as {@link #apply} says.
     */
    public <R extends CutoverProjectionRow> CompletionStage<Void> consumeBatch(String consumer,
            KafkaRecordBatch<String, byte[]> batch, Class<R> type, CutoverReactions<R> reactions) {
        return consumeBatch(consumer, batch, null, type, reactions);
    }

    /** {@link #consumeBatch} of the records whose type {@code wanted} names (the others leave no inbox row). */
    public <R extends CutoverProjectionRow> CompletionStage<Void> consumeBatch(String consumer,
            KafkaRecordBatch<String, byte[]> batch, EventTypes wanted, Class<R> type, CutoverReactions<R> reactions) {
        return inbox.consumeBatch(consumer, batch, wanted, received -> apply(received.event(), type, reactions));
    }

    /**
     * Applies a cutover event to the row of type {@code type} and reacts.
     *
     * @return the row, locked, for the events that define a cutover (planned, updated, window,
     *         members, cancelled); empty for the others, which go to {@link CutoverReactions#otherEvent}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <R extends CutoverProjectionRow> Optional<R> apply(GoliveEvent event, Class<R> type,
                                                                CutoverReactions<R> reactions) {
        UUID cutoverId = ReceivedEvent.cutoverIdOf(event);
        if (event instanceof CutoverPlanned p) {
            R row = details(cutoverId, p.zone(), event, true, type, reactions);
            if (p.members() != null) {
                members.replace(cutoverId, p.members());
            }
            return Optional.of(row);
        } else if (event instanceof CutoverMembersChanged m) {
            // Kept for a cancelled cutover too: its history stays readable by its members.
            R row = lock(cutoverId, type);
            members.replace(cutoverId, m.members());
            return Optional.of(row);
        } else if (event instanceof CutoverUpdated u) {
            return Optional.of(details(cutoverId, u.zone(), event, false, type, reactions));
        } else if (event instanceof GoLiveWindowScheduled s) {
            return Optional.of(window(cutoverId, s.windowRevision(), s.zone(), s.milestones(), false, type, reactions));
        } else if (event instanceof GoLiveWindowRescheduled r) {
            return Optional.of(window(cutoverId, r.windowRevision(), r.zone(), r.milestones(), true, type, reactions));
        } else if (event instanceof CutoverCancelled c) {
            R row = lock(cutoverId, type);
            if (!row.cancelled()) {
                row.cancelledAt = c.cancelledAt() != null ? c.cancelledAt() : clock.instant();
                row.updatedAt = clock.instant();
                reactions.cancelled(row);
            }
            return Optional.of(row);
        }
        reactions.otherEvent(cutoverId, event);
        return Optional.empty();
    }

    /** The cutover's row, created empty when unknown, locked ({@link CutoverProjectionRow#lock}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <R extends CutoverProjectionRow> R lock(UUID cutoverId, Class<R> type) {
        return CutoverProjectionRow.lock(type, cutoverId, clock.instant());
    }

    private <R extends CutoverProjectionRow> R details(UUID cutoverId, String zone, GoliveEvent event, boolean planned,
                                                       Class<R> type, CutoverReactions<R> reactions) {
        R row = lock(cutoverId, type);
        if (row.cancelled()) {
            LOG.infof("ignoring %s of cancelled cutover %s", event.getClass().getSimpleName(), cutoverId);
            return row;
        }
        row.zone = zoneOr(zone, row.zone);
        row.updatedAt = clock.instant();
        reactions.detailsChanged(row, event, planned);
        return row;
    }

    private <R extends CutoverProjectionRow> R window(UUID cutoverId, int revision, String zone,
                                                      List<MilestoneTime> milestones, boolean moved, Class<R> type,
                                                      CutoverReactions<R> reactions) {
        R row = lock(cutoverId, type);
        if (row.cancelled()) {
            LOG.infof("ignoring window revision %d of cancelled cutover %s", revision, cutoverId);
            return row;
        }
        if (revision <= row.windowRevision) {
            LOG.infof("ignoring window revision %d of %s: revision %d is already known", revision, cutoverId,
                    row.windowRevision);
            return row;
        }
        row.windowRevision = revision;
        row.zone = zoneOr(zone, row.zone);
        row.updatedAt = clock.instant();
        reactions.windowChanged(row, new WindowChange(cutoverId, revision, row.zone, instants(milestones), moved));
        return row;
    }

    private static Map<Milestone, Instant> instants(List<MilestoneTime> milestones) {
        Map<Milestone, Instant> instants = new EnumMap<>(Milestone.class);
        if (milestones != null) {
            milestones.stream().filter(m -> m != null && m.milestone() != null && m.instant() != null)
                    .forEach(m -> instants.putIfAbsent(m.milestone(), m.instant()));
        }
        return instants;
    }

    private static String zoneOr(String zone, String fallback) {
        if (zone == null || zone.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new EventCodec.UnreadableEventException("zone '" + zone + "' is not a time zone", e);
        }
    }
}
