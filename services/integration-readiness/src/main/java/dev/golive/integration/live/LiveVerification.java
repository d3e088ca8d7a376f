package dev.golive.integration.live;

import dev.golive.contracts.integration.LiveVerificationScheduled;
import dev.golive.integration.integration.IntegrationRow;
import dev.golive.integration.probe.ProbeRow;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.OneShot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plans the live verification when the upgraded production system is back: the integrations that
 * cannot be tested on staging and have probes get their probes run on production. Planned once per
 * window revision, in the transaction of the WeekendFactObserved(SYSTEM_BACK) event (LiveVerificationScheduled and a
 * one-shot trigger of {@link CutoverTriggers}, group {@code live-<cutoverId>}, at once or at the observed
 * instant the system came back if that is still ahead (a clock ahead of ours); fired late if every instance was down then);
 * the trigger runs {@link LiveVerificationRun}. An integration that cannot be tested on staging and has
 * no probe is left to its manual live checks.
 */
@ApplicationScoped
public class LiveVerification {

    private static final Logger LOG = Logger.getLogger(LiveVerification.class);

    /** The trigger's kind: its group prefix, as stored triggers already have it. */
    public static final String KIND = "live";
    static final String REVISION = "windowRevision";

    private final Clock clock;
    private final Outbox outbox;
    private final CutoverTriggers triggers;

    public LiveVerification(Clock clock, Outbox outbox, CutoverTriggers triggers) {
        this.clock = clock;
        this.outbox = outbox;
        this.triggers = triggers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(UUID cutoverId, int windowRevision, Instant systemBackAt) {
        if (LiveVerificationRow.lock(cutoverId, windowRevision) != null) {
            LOG.infof("live verification of %s (revision %d) is already planned", cutoverId, windowRevision);
            return;
        }
        List<String> ids = new ArrayList<>();
        for (IntegrationRow integration : IntegrationRow.ofCutover(cutoverId)) {
            if (!integration.testableOnStaging && !ProbeRow.ofIntegration(integration.id).isEmpty()) {
                ids.add(integration.id.toString());
            }
        }
        Instant now = clock.instant();
        Instant runAt = systemBackAt != null && systemBackAt.isAfter(now) ? systemBackAt : now;
        LiveVerificationRow row = new LiveVerificationRow();
        row.key = new LiveVerificationRow.Key(cutoverId, windowRevision);
        row.integrationIds = ids;
        row.runAt = runAt;
        row.scheduledAt = now;
        if (ids.isEmpty()) {
            row.startedAt = now;
            row.completedAt = now;
            row.persist();
            LOG.infof("system of %s is back: no integration needs an automated live check", cutoverId);
            return;
        }
        row.persist();
        outbox.append(new LiveVerificationScheduled(cutoverId.toString(), List.copyOf(ids), runAt, now));
        trigger(cutoverId, windowRevision, runAt);
        LOG.infof("system of %s is back: live verification of %d integration(s) at %s", cutoverId, ids.size(), runAt);
    }

    private void trigger(UUID cutoverId, int windowRevision, Instant at) {
        triggers.schedule(KIND, cutoverId, LiveVerificationJob.class, OneShot.fireOnceLate("LIVE-r" + windowRevision, at,
                "live verification of cutover " + cutoverId + ", window revision " + windowRevision,
                Map.of(REVISION, String.valueOf(windowRevision))));
    }
}
