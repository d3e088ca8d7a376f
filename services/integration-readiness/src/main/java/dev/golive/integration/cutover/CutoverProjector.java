package dev.golive.integration.cutover;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.integration.live.LiveVerification;
import dev.golive.integration.probe.ProbeSchedule;
import dev.golive.integration.readiness.Reevaluation;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.cutover.CutoverReactions;
import dev.golive.messaging.cutover.WindowChange;
import dev.golive.scheduling.trigger.CutoverTriggers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What a cutover's events mean to integration-readiness: the window's downtime start, go-live date and
 * expected system back, with the scheduled probe runs moved along and readiness re-judged (credentials
 * and certificates are judged against the go-live date); WeekendFactObserved of SYSTEM_BACK — the runbook
 * saw the production upgrade finish — starts the live verification. The planned milestone
 * (MilestoneReached of SYSTEM_BACK_EXPECTED) starts nothing: an upgrade that overruns or fails must not
 * have its integrations probed on a system that is not back. No trigger once cancelled. The projection rules themselves
 * (revisions, cancellation, zones) are golive-messaging's {@link CutoverProjections}.
 */
@ApplicationScoped
public class CutoverProjector implements CutoverReactions<CutoverProjection> {

    /** The channel of {@code golive.cutover.v1}, and the consumer name its inbox records events under. */
    public static final String CHANNEL = "cutover-events";
    public static final String CONSUMER = "integration-readiness";

    private static final Logger LOG = Logger.getLogger(CutoverProjector.class);

    private final CutoverProjections projection;
    private final CutoverTriggers triggers;
    private final ProbeSchedule probeSchedule;
    private final LiveVerification liveVerification;
    private final Reevaluation reevaluation;
    private final Clock clock;

    public CutoverProjector(CutoverProjections projection, CutoverTriggers triggers, ProbeSchedule probeSchedule,
                            LiveVerification liveVerification, Reevaluation reevaluation, Clock clock) {
        this.projection = projection;
        this.triggers = triggers;
        this.probeSchedule = probeSchedule;
        this.liveVerification = liveVerification;
        this.reevaluation = reevaluation;
        this.clock = clock;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        projection.consume(CONSUMER, record, CutoverProjection.class, this);
    }

    @Override
    public void windowChanged(CutoverProjection row, WindowChange window) {
        row.downtimeStart = window.at(Milestone.DOWNTIME_START);
        row.goLiveDate = row.downtimeStart == null ? null : goLiveDate(row.downtimeStart, window.zone());
        row.systemBackExpected = window.at(Milestone.SYSTEM_BACK_EXPECTED);
        probeSchedule.replace(row.cutoverId, window.revision(), row.downtimeStart);
        reevaluation.afterChange(row.cutoverId);
    }

    @Override
    public void cancelled(CutoverProjection row) {
        triggers.removeAll(ProbeSchedule.KIND, row.cutoverId);
        triggers.removeAll(LiveVerification.KIND, row.cutoverId);
    }

    @Override
    public void otherEvent(UUID cutoverId, GoliveEvent event) {
        if (event instanceof WeekendFactObserved observed && observed.fact() == WeekendFact.SYSTEM_BACK) {
            systemBack(cutoverId, observed);
        }
    }

    /** The go-live date: the downtime start's date on the cutover's wall clock. */
    static LocalDate goLiveDate(Instant downtimeStart, String zone) {
        if (zone == null) {
            throw new EventCodec.UnreadableEventException("a downtime start without the cutover's zone");
        }
        return downtimeStart.atZone(ZoneId.of(zone)).toLocalDate();
    }

    private void systemBack(UUID cutoverId, WeekendFactObserved observed) {
        CutoverProjection row = projection.lock(cutoverId, CutoverProjection.class);
        if (row.cancelled()) {
            LOG.infof("ignoring system back of cancelled cutover %s", cutoverId);
            return;
        }
        if (observed.windowRevision() < row.windowRevision) {
            LOG.infof("ignoring system back of window revision %d of %s: revision %d is current",
                    observed.windowRevision(), cutoverId, row.windowRevision);
            return;
        }
        Instant now = clock.instant();
        row.systemBackAt = observed.observedAt() != null ? observed.observedAt() : now;
        row.updatedAt = now;
        liveVerification.schedule(cutoverId, observed.windowRevision(), row.systemBackAt);
    }
}
