package dev.golive.rollback.pnr;

import dev.golive.contracts.rollback.PointOfNoReturnApproaching;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.rollback.assessment.Reassessment;
import dev.golive.rollback.cutover.CutoverProjection;
import dev.golive.rollback.domain.PlannedTrigger;
import dev.golive.scheduling.trigger.Firing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Announces a point-of-no-return trigger and assesses again. Each trigger is announced once per
 * point of no return: a trigger of an older window, of a cancelled cutover, or a second firing does
 * nothing.
 */
@ApplicationScoped
public class PointOfNoReturnFiring {

    private static final Logger LOG = Logger.getLogger(PointOfNoReturnFiring.class);
    /** A warning that fires later than this (every instance was down) tells the time actually left rather than the planned one. */
    static final Duration LATE_AFTER = Duration.ofMinutes(1);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PointOfNoReturnSchedule schedule;

    @Inject
    Reassessment reassessment;

    @Inject
    MeterRegistry registry;

    @Transactional
    public void fire(UUID cutoverId, int windowRevision, Instant pointOfNoReturn, PlannedTrigger trigger) {
        String name = PointOfNoReturnSchedule.name(trigger);
        CutoverProjection cutover = CutoverProjection.lockExisting(cutoverId);
        if (cutover == null || cutover.cancelled() || cutover.windowRevision != windowRevision
                || !pointOfNoReturn.equals(cutover.pointOfNoReturn)) {
            LOG.infof("ignoring stale trigger %s of %s (revision %d)", name, cutoverId, windowRevision);
            return;
        }
        Instant now = clock.instant();
        if (!schedule.firstFiring(cutoverId, pointOfNoReturn, name, windowRevision, now)) {
            LOG.infof("ignoring repeated trigger %s of %s", name, cutoverId);
            return;
        }
        // The planned trigger's instant is the firing's due instant (PointOfNoReturnJob hands it over).
        Duration lateness = Firing.latenessOf(trigger.at(), now);
        Timer.builder("golive.pnr.trigger.lateness")
                .description("How long after its instant a point-of-no-return trigger fired")
                .tag("kind", trigger.kind().name())
                .register(registry)
                .record(lateness);
        if (trigger.kind() == PlannedTrigger.Kind.APPROACHING) {
            Duration timeLeft = trigger.timeLeft();
            if (lateness.compareTo(LATE_AFTER) > 0) {
                timeLeft = Duration.between(now, pointOfNoReturn).truncatedTo(ChronoUnit.SECONDS);
            }
            if (timeLeft.isNegative() || timeLeft.isZero()) {
                LOG.infof("%s of %s fired after the point of no return: PASSED announces it", name, cutoverId);
            } else {
                outbox.append(new PointOfNoReturnApproaching(cutoverId.toString(), pointOfNoReturn, timeLeft,
                        windowRevision, now, lateness.toMillis()));
            }
        } else {
            outbox.append(new PointOfNoReturnPassed(cutoverId.toString(), pointOfNoReturn, windowRevision, now,
                    lateness.toMillis()));
        }
        reassessment.afterChange(cutoverId, "trigger " + name);
    }
}
