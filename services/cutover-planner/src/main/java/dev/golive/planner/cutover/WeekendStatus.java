package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.testing.WeekendSignedOff;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.domain.WeekendProgress;
import dev.golive.planner.milestone.MilestoneTriggers;
import dev.golive.planner.milestone.CutoverMilestone;
import dev.golive.planner.milestone.MilestoneAnnounced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves the status as the weekend goes ({@link WeekendProgress}): on what the runbook observed
 * (turned into {@link WeekendFactObserved}, the weekend's facts for every service), on the
 * technical review's end, on weekend-testing's sign-off and on rollback-decision's decision. The
 * caller holds the cutover's lock; every move announces CutoverStatusChanged through the outbox,
 * in order.
 */
@ApplicationScoped
public class WeekendStatus {

    /** Who moved the status when no person did. */
    public static final String PLANNER = "cutover-planner";

    private static final Logger LOG = Logger.getLogger(WeekendStatus.class);

    private final StatusChange statusChange;
    private final Outbox outbox;
    private final Clock clock;
    private final MilestoneTriggers triggers;

    @Inject
    WeekendStatus(StatusChange statusChange, Outbox outbox, Clock clock, MilestoneTriggers triggers) {
        this.statusChange = statusChange;
        this.outbox = outbox;
        this.clock = clock;
        this.triggers = triggers;
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
        // The milestones are the plan: only the technical review's end takes part in a move (with the system back).
        settle(cutover);
    }

    /**
     * A runbook task moved. When its move observes the fact the task names (see
     * {@link WeekendFact#observedOnFinish()}), the planner accepts the fact once per window revision
     * (unless {@link WeekendProgress#refusal refused}), keeps it on the cutover, announces
     * WeekendFactObserved and moves the status as far as the weekend now allows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void taskChanged(Cutover cutover, RunbookTaskChanged changed) {
        WeekendFact fact = changed.observes();
        if (fact == null || changed.to() != (fact.observedOnFinish() ? RunbookTaskStatus.DONE : RunbookTaskStatus.RUNNING)) {
            return;
        }
        Optional<String> refusal = WeekendProgress.refusal(cutover.status, fact);
        if (refusal.isPresent()) {
            LOG.warnf("ignoring %s of cutover %s reported by task '%s': %s", fact, cutover.id, changed.title(),
                    refusal.get());
            return;
        }
        if (ObservedFact.known(cutover.id, cutover.windowRevision, fact)) {
            LOG.infof("%s of cutover %s (window revision %d) already observed; task '%s' adds nothing", fact,
                    cutover.id, cutover.windowRevision, changed.title());
            return;
        }
        Instant observedAt = fact.observedOnFinish() ? changed.actualFinish() : changed.actualStart();
        if (observedAt == null) {
            observedAt = changed.changedAt();
        }
        CutoverMilestone planned = CutoverMilestone.find(cutover.id, fact.planned());
        Instant plannedAt = planned != null && planned.windowRevision == cutover.windowRevision ? planned.at : null;
        Instant now = clock.instant();

        ObservedFact row = new ObservedFact();
        row.cutoverId = cutover.id;
        row.windowRevision = cutover.windowRevision;
        row.fact = fact;
        row.observedAt = observedAt;
        row.plannedAt = plannedAt;
        row.taskId = changed.taskId();
        row.taskTitle = changed.title();
        row.reportedBy = changed.changedBy();
        row.recordedAt = now;
        row.persist();
        cutover.observe(fact, observedAt);
        outbox.append(new WeekendFactObserved(cutover.id.toString(), cutover.windowRevision, fact, observedAt,
                plannedAt, changed.taskId(), changed.title(), changed.changedBy(), now));
        settle(cutover);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void signedOff(Cutover cutover, WeekendSignedOff signOff) {
        if (cutover.weekendSignedOffAt == null) {
            cutover.weekendSignedOffAt = signOff.signedOffAt() != null ? signOff.signedOffAt() : clock.instant();
        }
        settle(cutover);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rollbackDecided(Cutover cutover, RollbackDecided decided) {
        WeekendProgress.onRollbackDecision(cutover.status, decided.decision()).ifPresentOrElse(
                move -> {
                    statusChange.move(cutover, move.to(),
                            move.reason() + (decided.rationale() == null ? "" : ": " + decided.rationale()),
                            decided.decidedBy() == null ? PLANNER : decided.decidedBy());
                    if (move.to() == CutoverStatus.ROLLED_BACK) {
                        // The weekend is over: its remaining milestones plan nothing any more, as for a cancellation.
                        triggers.removeAll(cutover.id);
                    }
                },
                () -> LOG.infof("rollback decision %s on cutover %s in status %s changes no status",
                        decided.decision(), cutover.id, cutover.status));
    }

    /** Applies every move the weekend so far calls for, one after the other. */
    private void settle(Cutover cutover) {
        WeekendProgress.Weekend weekend = weekend(cutover);
        for (Optional<WeekendProgress.Move> move = WeekendProgress.next(cutover.status, weekend); move.isPresent();
             move = WeekendProgress.next(cutover.status, weekend)) {
            statusChange.move(cutover, move.get().to(), move.get().reason(), PLANNER);
        }
    }

    private static WeekendProgress.Weekend weekend(Cutover cutover) {
        CutoverMilestone review = CutoverMilestone.find(cutover.id, Milestone.TECHNICAL_REVIEW_END);
        Instant reviewEnded = review != null && review.windowRevision == cutover.windowRevision ? review.reachedAt : null;
        return new WeekendProgress.Weekend(cutover.downtimeStartedAt, cutover.systemBackAt, reviewEnded,
                cutover.businessResumedAt, cutover.weekendSignedOffAt);
    }
}
