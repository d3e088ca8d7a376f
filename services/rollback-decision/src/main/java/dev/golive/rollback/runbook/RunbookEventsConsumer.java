package dev.golive.rollback.runbook;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.messaging.inbox.InboxConsumer;
import dev.golive.rollback.assessment.Reassessment;
import dev.golive.rollback.cutover.CutoverProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code golive.runbook.v1} (group {@code rollback-decision}; what cannot be read goes to
 * {@code golive.runbook.v1.dlq.rollback-decision}) for the runbook's projection of the production
 * upgrade ({@code RunbookProjectionChanged}): when the upgraded system is projected back and whether
 * that is after the point of no return. The projection is kept on the cutover's row and the cutover
 * assessed again (policy UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN), each event applied once.
 *
 * <p>The runbook's other events (tasks moving, readiness) are many during a weekend and mean nothing
 * here: they are skipped by their CloudEvents type before the inbox, so they leave no inbox row. A
 * record without a type is handed to the inbox all the same, which dead-letters it. Read a poll at a time
 * ({@code batch=true}): the projections of one poll are applied in one transaction
 * ({@link InboxConsumer#consumeBatch}).
 */
@ApplicationScoped
public class RunbookEventsConsumer {

    public static final String CHANNEL = "runbook-events";
    public static final String CONSUMER = "rollback-decision.runbook";

    private static final Logger LOG = Logger.getLogger(RunbookEventsConsumer.class);

    private final InboxConsumer inbox;
    private final Reassessment reassessment;
    private final Clock clock;

    public RunbookEventsConsumer(InboxConsumer inbox, Reassessment reassessment, Clock clock) {
        this.inbox = inbox;
        this.reassessment = reassessment;
        this.clock = clock;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(CONSUMER, batch, WEIGHED, received -> {
            if (received.event() instanceof RunbookProjectionChanged changed) {
                projectionChanged(received.cutoverId(), changed);
            }
        });
    }

    /** Of the runbook's events, rollback-decision weighs only the projection (a record without a type goes on, to be dead-lettered). */
    static final EventTypes WEIGHED = EventTypes.of(EventCatalog.RUNBOOK_PROJECTION_CHANGED);

    private void projectionChanged(UUID cutoverId, RunbookProjectionChanged changed) {
        Instant now = clock.instant();
        CutoverProjection row = CutoverProjection.lock(cutoverId, now);
        if (row.cancelled()) {
            LOG.infof("ignoring the upgrade projection of cancelled cutover %s", cutoverId);
            return;
        }
        if (row.upgradeProjectionChangedAt != null && changed.changedAt().isBefore(row.upgradeProjectionChangedAt)) {
            LOG.infof("ignoring an upgrade projection of %s made at %s: the one of %s is newer", cutoverId,
                    changed.changedAt(), row.upgradeProjectionChangedAt);
            return;
        }
        row.upgradeProjectedBackAt = changed.projectedSystemBackAt();
        row.upgradeCrossesPointOfNoReturn = changed.crossesPointOfNoReturn();
        row.upgradeProjectionChangedAt = changed.changedAt();
        row.updatedAt = now;
        reassessment.afterChange(cutoverId, "upgrade projected back at " + changed.projectedSystemBackAt()
                + (changed.crossesPointOfNoReturn() ? ", after the point of no return" : ""));
    }
}
