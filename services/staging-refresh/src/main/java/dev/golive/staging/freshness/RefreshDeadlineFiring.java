package dev.golive.staging.freshness;

import dev.golive.messaging.outbox.Outbox;
import dev.golive.scheduling.trigger.Firing;
import dev.golive.staging.cutover.CutoverProjection;
import dev.golive.staging.domain.RefreshReason;
import dev.golive.staging.readiness.Reevaluation;
import dev.golive.staging.readiness.StagingFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The staging refresh deadline of a cutover's window is reached: re-evaluate readiness and, if a
 * new rehearsal is due ({@code RefreshDue}: none yet, the latest failed, too old, drifted), say
 * so with {@code StagingRefreshDue}. Judged once per window revision: a trigger of an older
 * window, a cancelled cutover or a second firing does nothing.
 */
@ApplicationScoped
public class RefreshDeadlineFiring {

    private static final Logger LOG = Logger.getLogger(RefreshDeadlineFiring.class);

    private final Clock clock;
    private final Outbox outbox;
    private final Reevaluation reevaluation;

    public RefreshDeadlineFiring(Clock clock, Outbox outbox, Reevaluation reevaluation) {
        this.clock = clock;
        this.outbox = outbox;
        this.reevaluation = reevaluation;
    }

    /** {@code dueAt}: the deadline's instant, as its trigger knew it; how late it fired goes into the event. */
    @Transactional
    public void reached(UUID cutoverId, int windowRevision, Instant dueAt) {
        CutoverProjection cutover = CutoverProjection.lock(cutoverId);
        if (cutover == null || cutover.cancelled() || cutover.windowRevision != windowRevision
                || cutover.refreshCheckedRevision >= windowRevision) {
            LOG.infof("ignoring stale or repeated refresh deadline of %s (revision %d)", cutoverId, windowRevision);
            return;
        }
        cutover.refreshCheckedRevision = windowRevision;
        reevaluation.afterChange(cutoverId);
        Instant now = clock.instant();
        StagingFacts facts = StagingFacts.load(cutoverId);
        Optional<RefreshReason> due = facts.refreshDue(now);
        LOG.infof("refresh deadline of %s reached (revision %d): %s", cutoverId, windowRevision,
                due.map(Enum::name).orElse("staging is fresh"));
        long latenessMillis = Firing.latenessOf(dueAt, now).toMillis();
        due.ifPresent(reason -> outbox.append(reevaluation.refreshDue(facts, reason, now, latenessMillis)));
    }
}
