package dev.golive.planner.milestone;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.cutover.Cutover;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Records that a milestone was reached and announces it. A milestone is reached once per
 * window revision: a trigger left over from an older window, or a second firing, does nothing.
 */
@ApplicationScoped
public class MilestoneFiring {

    private static final Logger LOG = Logger.getLogger(MilestoneFiring.class);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    MilestoneConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    Event<MilestoneAnnounced> announced;

    @Transactional
    public void reach(UUID cutoverId, Milestone milestone, int windowRevision) {
        // Taken first, so a milestone and an event about the same cutover never interleave.
        Cutover cutover = Cutover.lock(cutoverId);
        CutoverMilestone row = CutoverMilestone.find(cutoverId, milestone);
        if (row == null || row.windowRevision != windowRevision || row.reachedAt != null) {
            LOG.infof("ignoring stale or repeated trigger %s of %s (revision %d)", milestone, cutoverId, windowRevision);
            return;
        }
        Instant now = clock.instant();
        Duration lateness = Duration.between(row.at, now);
        if (lateness.isNegative()) {
            lateness = Duration.ZERO;
        }
        boolean late = lateness.compareTo(config.lateAfter()) > 0;
        row.reachedAt = now;
        row.latenessMillis = lateness.toMillis();
        Timer.builder("golive.milestone.lateness")
                .description("How long after its instant a milestone trigger fired")
                .tag("milestone", milestone.name())
                .register(registry)
                .record(lateness);
        outbox.append(new MilestoneReached(cutoverId.toString(), windowRevision, milestone, row.at, now, late,
                lateness.toMillis(), row.toTime()));
        if (cutover != null) {
            announced.fire(new MilestoneAnnounced(cutover, milestone, windowRevision, now));
        }
    }
}
