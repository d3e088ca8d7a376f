package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.testing.WeekendSignedOff;
import dev.golive.planner.domain.WeekendProgress;
import dev.golive.planner.milestone.CutoverMilestone;
import dev.golive.planner.milestone.MilestoneAnnounced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Moves the status as the weekend goes ({@link WeekendProgress}): on the milestones, on
 * weekend-testing's sign-off and on rollback-decision's decision. The caller holds the cutover's
 * lock; every move announces CutoverStatusChanged through the outbox, in order.
 */
@ApplicationScoped
public class WeekendStatus {

    /** Who moved the status when no person did. */
    public static final String PLANNER = "cutover-planner";

    private static final Logger LOG = Logger.getLogger(WeekendStatus.class);

    private final StatusChange statusChange;
    private final Clock clock;

    @Inject
    WeekendStatus(StatusChange statusChange, Clock clock) {
        this.statusChange = statusChange;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onMilestone(@Observes MilestoneAnnounced reached) {
        Cutover cutover = reached.cutover();
        if (WeekendProgress.startsWithoutGo(cutover.status, reached.milestone())) {
            // Nothing starts on its own without a GO: no status move, no event; the flag shows it.
            cutover.downtimeWithoutGoAt = reached.reachedAt();
            LOG.warnf("downtime start of cutover %s reached in status %s without a GO: the go-live does not start",
                    cutover.id, cutover.status);
            return;
        }
        WeekendProgress.onMilestone(cutover.status, reached.milestone(), cutover.weekendSignedOffAt != null)
                .ifPresent(move -> statusChange.move(cutover, move.to(), move.reason(), PLANNER));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void signedOff(Cutover cutover, WeekendSignedOff signOff) {
        if (cutover.weekendSignedOffAt == null) {
            cutover.weekendSignedOffAt = signOff.signedOffAt() != null ? signOff.signedOffAt() : clock.instant();
        }
        CutoverMilestone resume = CutoverMilestone.find(cutover.id, Milestone.BUSINESS_RESUME);
        WeekendProgress.onSignOff(cutover.status, resume != null && resume.reachedAt != null)
                .ifPresent(move -> statusChange.move(cutover, move.to(), move.reason(), PLANNER));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rollbackDecided(Cutover cutover, RollbackDecided decided) {
        WeekendProgress.onRollbackDecision(cutover.status, decided.decision()).ifPresentOrElse(
                move -> statusChange.move(cutover, move.to(),
                        move.reason() + (decided.rationale() == null ? "" : ": " + decided.rationale()),
                        decided.decidedBy() == null ? PLANNER : decided.decidedBy()),
                () -> LOG.infof("rollback decision %s on cutover %s in status %s changes no status",
                        decided.decision(), cutover.id, cutover.status));
    }
}
