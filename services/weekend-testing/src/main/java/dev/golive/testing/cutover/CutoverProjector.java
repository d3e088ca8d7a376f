package dev.golive.testing.cutover;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.cutover.CutoverReactions;
import dev.golive.messaging.cutover.WindowChange;
import dev.golive.messaging.inbox.EventTypes;
import dev.golive.testing.plan.WindowPlanning;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * What a cutover's window means to weekend-testing: the testing window (TECHNICAL_REVIEW_END to
 * WEEKEND_TESTING_END) and the roster window (DOWNTIME_START to BUSINESS_RESUME); a known or moved
 * testing window (re)plans the weekend ({@link WindowPlanning}). The projection rules themselves
 * (revisions, cancellation) are golive-messaging's {@link CutoverProjections}.
 *
 * <p>Read a poll at a time ({@code batch=true}): the wanted events of one poll are applied in one transaction.
 * The topic's other events (milestones reached, gates, go/no-go, weekend facts…) mean nothing here and are
 * many during a weekend: they are skipped by their CloudEvents type before the inbox, so they leave no inbox
 * row and cost no transaction.
 */
@ApplicationScoped
public class CutoverProjector implements CutoverReactions<CutoverProjection> {

    /** The channel of {@code golive.cutover.v1}, and the consumer name its inbox records events under. */
    public static final String CHANNEL = "cutover-events";
    public static final String CONSUMER = "weekend-testing.cutover";

    /**
     * The events that define a cutover, which the shared projection applies (the cutover known, its members,
     * its window, its cancellation); weekend-testing reacts to nothing else on the topic.
     */
    static final EventTypes WANTED = CutoverProjections.DEFINING;

    private static final Logger LOG = Logger.getLogger(CutoverProjector.class);

    private final CutoverProjections projection;
    private final WindowPlanning planning;

    public CutoverProjector(CutoverProjections projection, WindowPlanning planning) {
        this.projection = projection;
        this.planning = planning;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return projection.consumeBatch(CONSUMER, batch, WANTED, CutoverProjection.class, this);
    }

    @Override
    public void windowChanged(CutoverProjection row, WindowChange window) {
        row.downtimeStart = window.at(Milestone.DOWNTIME_START);
        row.testingStart = window.at(Milestone.TECHNICAL_REVIEW_END);
        row.testingEnd = window.at(Milestone.WEEKEND_TESTING_END);
        row.businessResume = window.at(Milestone.BUSINESS_RESUME);
        if (!row.hasTestingWindow()) {
            LOG.warnf("window revision %d of %s has no testing window (TECHNICAL_REVIEW_END..WEEKEND_TESTING_END)",
                    window.revision(), row.cutoverId);
            return;
        }
        planning.windowChanged(row, (window.moved() ? "window moved to revision " : "window scheduled, revision ")
                + window.revision());
    }
}
