package dev.golive.testing.staging;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.staging.DeveloperReviewChanged;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.messaging.inbox.InboxConsumer;
import dev.golive.messaging.inbox.ReceivedEvent;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.StagingRehearsal;
import dev.golive.testing.domain.StagingRehearsals;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code golive.staging.v1} (channel {@code staging-events}, group {@code weekend-testing};
 * what cannot be read goes to {@code golive.staging.v1.dlq.weekend-testing}) through the shared
 * {@link InboxConsumer}, for the rehearsals the staging round tests on: a SUCCEEDED
 * RehearsalCompleted (the latest one is the current rehearsal) and DeveloperReviewChanged (a
 * rehearsal is ready for power users once its review is done). When a newer rehearsal becomes
 * current, StagingRoundChanged says so with every critical flow NOT_RUN on it: results on the old
 * rehearsal do not count. Read a poll at a time ({@code batch=true}), the wanted events of one poll in one
 * transaction ({@link InboxConsumer#consumeBatch}); the other staging events (stages, attempts, summary
 * items, forecasts…) are skipped by their CloudEvents type before the inbox and leave no inbox row. A record
 * without a type is handed to the inbox all the same, which dead-letters it.
 */
@ApplicationScoped
public class StagingEventsConsumer {

    public static final String CHANNEL = "staging-events";
    public static final String CONSUMER = "weekend-testing.staging";

    /** What {@link #apply} acts on: a rehearsal completed (of any outcome: the handler looks at it) and a review. */
    static final EventTypes WANTED = EventTypes.of(EventCatalog.REHEARSAL_COMPLETED,
            EventCatalog.DEVELOPER_REVIEW_CHANGED);

    private static final Logger LOG = Logger.getLogger(StagingEventsConsumer.class);

    private final InboxConsumer inbox;
    private final Clock clock;
    private final StagingRounds rounds;

    public StagingEventsConsumer(InboxConsumer inbox, Clock clock, StagingRounds rounds) {
        this.inbox = inbox;
        this.clock = clock;
        this.rounds = rounds;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(CONSUMER, batch, WANTED, received -> apply(received.event()));
    }

    void apply(GoliveEvent event) {
        if (event instanceof RehearsalCompleted completed) {
            if ("SUCCEEDED".equalsIgnoreCase(completed.outcome())) {
                succeeded(completed);
            }
        } else if (event instanceof DeveloperReviewChanged review) {
            reviewed(review);
        }
    }

    private void succeeded(RehearsalCompleted e) {
        UUID cutoverId = ReceivedEvent.cutoverIdOf(e);
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now);
        Optional<StagingRehearsal> before = StagingRehearsals.current(RehearsalRow.domainOf(cutoverId));
        RehearsalRow row = RehearsalRow.ofOrNew(cutoverId, e.rehearsalId(), now);
        if (row.succeededAt != null) {
            return;
        }
        row.succeededAt = e.completedAt() != null ? e.completedAt() : now;
        row.updatedAt = now;
        Optional<StagingRehearsal> after = StagingRehearsals.current(RehearsalRow.domainOf(cutoverId));
        if (after.isPresent() && !after.map(StagingRehearsal::id).equals(before.map(StagingRehearsal::id))) {
            String rehearsalId = after.get().id();
            LOG.infof("rehearsal %s of %s is the current staging rehearsal now (was %s): staging round to re-run",
                    rehearsalId, cutoverId, before.map(StagingRehearsal::id).orElse("none"));
            rounds.announce(cutoverId, rehearsalId, StagingRounds.newestRoundOn(cutoverId, rehearsalId), now);
        }
    }

    private void reviewed(DeveloperReviewChanged e) {
        UUID cutoverId = ReceivedEvent.cutoverIdOf(e);
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now);
        RehearsalRow row = RehearsalRow.ofOrNew(cutoverId, e.rehearsalId(), now);
        Instant changedAt = e.changedAt() != null ? e.changedAt() : now;
        if (row.reviewChangedAt != null && changedAt.isBefore(row.reviewChangedAt)) {
            LOG.infof("ignoring an older developer review of rehearsal %s of %s", e.rehearsalId(), cutoverId);
            return;
        }
        row.reviewDone = e.done();
        row.reviewChangedAt = changedAt;
        row.updatedAt = now;
    }
}
