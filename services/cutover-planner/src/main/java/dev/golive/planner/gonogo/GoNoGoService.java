package dev.golive.planner.gonogo;

import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.GoNoGoRecommended;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.cutover.Cutover;
import dev.golive.planner.cutover.StatusChange;
import dev.golive.planner.domain.Gate;
import dev.golive.planner.domain.GoNoGo;
import dev.golive.planner.domain.GoNoGoGates;
import dev.golive.planner.domain.GoNoGoRules;
import dev.golive.planner.domain.StatusTransitions;
import dev.golive.planner.domain.WindowProposer;
import dev.golive.planner.milestone.CutoverMilestone;
import dev.golive.planner.milestone.MilestoneAnnounced;
import dev.golive.planner.window.WindowScheduling;
import dev.golive.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The go/no-go: the recommendation at the GO_NO_GO milestone, and the ops lead's decision.
 *
 * <p>A decision is accepted once the go/no-go milestone of the current window has been reached,
 * and when {@link GoNoGoRules} accept it: while the cutover is SCHEDULED, or a NO_GO withdrawing
 * a GO. Anything else, including the same decision sent again, is a 409.
 */
@ApplicationScoped
public class GoNoGoService {

    private static final Logger LOG = Logger.getLogger(GoNoGoService.class);

    private final Clock clock;
    private final Outbox outbox;
    private final Gatekeeper gatekeeper;
    private final StatusChange statusChange;
    private final WindowScheduling windows;

    @Inject
    GoNoGoService(Clock clock, Outbox outbox, Gatekeeper gatekeeper, StatusChange statusChange,
                  WindowScheduling windows) {
        this.clock = clock;
        this.outbox = outbox;
        this.gatekeeper = gatekeeper;
        this.statusChange = statusChange;
        this.windows = windows;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onMilestone(@Observes MilestoneAnnounced reached) {
        Cutover cutover = reached.cutover();
        if (reached.milestone() != Milestone.GO_NO_GO || StatusTransitions.terminal(cutover.status)) {
            return;
        }
        GoNoGoGates gates = gatekeeper.reevaluate(cutover);
        CutoverMilestone downtime = CutoverMilestone.find(cutover.id, Milestone.DOWNTIME_START);
        LOG.infof("go/no-go of cutover %s: %s %s", cutover.id, gates.recommendation(), gates.failingGates());
        outbox.append(new GoNoGoRecommended(cutover.id.toString(), gates.recommendation().name(),
                names(gates.failingGates()), downtime == null ? null : downtime.at, reached.reachedAt()));
    }

    /** What a decision did: the decision recorded, and the cutover after it (rescheduled or not). */
    public record Outcome(DecisionRow decision, Cutover cutover, boolean rescheduled) {
    }

    @Transactional
    public Outcome decide(UUID cutoverId, DecisionRequest request, String by) {
        Cutover cutover = Cutover.lock(cutoverId);
        if (cutover == null) {
            throw ProblemException.notFound("cutover", cutoverId);
        }
        ProblemException.refuseIfAny(request == null ? GoNoGoRules.check(null, null, null)
                : GoNoGoRules.check(request.decision(), request.reason(), request.rescheduleToNextWindow()));
        GoNoGo decision = GoNoGoRules.decision(request.decision());
        boolean reschedule = Boolean.TRUE.equals(request.rescheduleToNextWindow());
        String reason = request.reason().strip();
        requireGoNoGoReached(cutover);
        requireUndecided(cutover, decision);

        Instant now = clock.instant();
        GoNoGoGates gates = gatekeeper.reevaluate(cutover);
        DecisionRow row = new DecisionRow();
        row.id = UUID.randomUUID();
        row.cutoverId = cutover.id;
        row.windowRevision = cutover.windowRevision;
        row.decision = decision;
        row.decidedBy = by;
        row.reason = reason;
        row.failingGates = names(gates.failingGates());
        row.decidedAt = now;
        row.persist();
        outbox.append(new GoNoGoDecided(cutover.id.toString(), decision.name(), by, reason, row.failingGates, now));

        String why = "go/no-go " + decision + ": " + reason
                + (decision == GoNoGo.GO && !gates.failingGates().isEmpty() ? " (over failing gates " + row.failingGates + ")" : "");
        statusChange.move(cutover, GoNoGoRules.statusAfter(decision), why, by);
        if (!reschedule) {
            return new Outcome(row, cutover, false);
        }
        LocalDateTime next = windows.nextWindowAfterCurrent(cutover).orElseThrow(() -> ProblemException.conflict(
                "no-eligible-window", "No later weekend is eligible for this cutover: nothing was decided",
                List.of("every candidate within " + WindowProposer.MAX_CANDIDATES
                        + " weeks is blocked (see GET window-proposals)")));
        windows.schedule(cutover.id, next, "no-go: " + reason, by);
        return new Outcome(row, cutover, true);
    }

    public Optional<DecisionRow> latest(UUID cutoverId) {
        return DecisionRow.latest(cutoverId);
    }

    private static void requireGoNoGoReached(Cutover cutover) {
        CutoverMilestone goNoGo = CutoverMilestone.find(cutover.id, Milestone.GO_NO_GO);
        if (goNoGo == null) {
            throw ProblemException.conflict("go-no-go-not-reached",
                    "The cutover has no window yet, so no go/no-go to decide", List.of("status " + cutover.status));
        }
        if (goNoGo.reachedAt == null) {
            throw ProblemException.conflict("go-no-go-not-reached",
                    "The go/no-go of this window is at " + goNoGo.localTime + " " + goNoGo.zone + " (" + goNoGo.at
                            + "); a decision can be recorded from then on", List.of("GO_NO_GO not reached"));
        }
    }

    /** Refuses a decision the cutover does not take now ({@link GoNoGoRules#accepts}), saying why. */
    private static void requireUndecided(Cutover cutover, GoNoGo decision) {
        if (GoNoGoRules.accepts(cutover.status, decision)) {
            return;
        }
        Optional<DecisionRow> latest = DecisionRow.latest(cutover.id)
                .filter(d -> d.windowRevision == cutover.windowRevision);
        if (latest.isPresent()) {
            DecisionRow d = latest.get();
            throw ProblemException.conflict("already-decided", "The go/no-go of this window was decided: "
                    + d.decision + " by " + d.decidedBy + " at " + d.decidedAt
                    + (d.decision == GoNoGo.NO_GO ? "; reschedule the cutover for a new go/no-go" : ""),
                    List.of(d.decision + ": " + d.reason));
        }
        throw ProblemException.conflict("status-transition-not-allowed",
                "A cutover in status " + cutover.status + " takes no go/no-go decision", List.of());
    }

    private static List<String> names(List<Gate> gates) {
        return gates.stream().map(Gate::name).toList();
    }
}
