package dev.golive.planner.gonogo;

import dev.golive.problems.field.FieldViolation;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.GoNoGoRecommended;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.cutover.Cutover;
import dev.golive.planner.cutover.StatusChange;
import dev.golive.planner.domain.StatusTransitions;
import dev.golive.planner.domain.Gate;
import dev.golive.planner.domain.GoNoGo;
import dev.golive.planner.domain.GoNoGoGates;
import dev.golive.planner.milestone.CutoverMilestone;
import dev.golive.planner.milestone.MilestoneAnnounced;
import dev.golive.planner.domain.WindowProposer;
import dev.golive.planner.window.WindowScheduling;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The go/no-go: the recommendation at the GO_NO_GO milestone, and the ops lead's decision.
 *
 * <p>A decision is accepted once the go/no-go milestone of the current window has been reached,
 * while the cutover is SCHEDULED and has no decision for that window yet. One exception: a GO may
 * be withdrawn by a NO_GO until the downtime starts (stopping is always safe), but a NO_GO is
 * never turned into a GO for the same window: the cutover is rescheduled instead, and the new
 * window has its own go/no-go. Anything else, including the same decision sent again, is a 409.
 */
@ApplicationScoped
public class GoNoGoService {

    private static final Logger LOG = Logger.getLogger(GoNoGoService.class);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Gatekeeper gatekeeper;

    @Inject
    StatusChange statusChange;

    @Inject
    WindowScheduling windows;

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
        GoNoGo decision = validDecision(request);
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

        CutoverStatus to = decision == GoNoGo.GO ? CutoverStatus.GO_NO_GO_PASSED : CutoverStatus.GO_NO_GO_FAILED;
        String why = "go/no-go " + decision + ": " + reason
                + (decision == GoNoGo.GO && !gates.failingGates().isEmpty() ? " (over failing gates " + row.failingGates + ")" : "");
        statusChange.move(cutover, to, why, by);
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

    private static GoNoGo validDecision(DecisionRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        GoNoGo decision = null;
        if (request == null) {
            throw ProblemException.invalid(List.of(new FieldViolation("decision", "is required: GO or NO_GO"),
                    new FieldViolation("reason", "is required: say why")));
        }
        if (request.decision() == null || request.decision().isBlank()) {
            errors.add(new FieldViolation("decision", "is required: GO or NO_GO"));
        } else {
            try {
                decision = GoNoGo.valueOf(request.decision().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("decision", "'" + request.decision() + "' is neither GO nor NO_GO"));
            }
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldViolation("reason", "is required: say why"));
        } else if (request.reason().length() > 2000) {
            errors.add(new FieldViolation("reason", "must be at most 2000 characters"));
        }
        if (decision == GoNoGo.GO && Boolean.TRUE.equals(request.rescheduleToNextWindow())) {
            errors.add(new FieldViolation("rescheduleToNextWindow", "only a NO_GO moves the cutover to another weekend"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return decision;
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

    private static void requireUndecided(Cutover cutover, GoNoGo decision) {
        boolean first = cutover.status == CutoverStatus.SCHEDULED;
        boolean withdrawGo = cutover.status == CutoverStatus.GO_NO_GO_PASSED && decision == GoNoGo.NO_GO;
        if (first || withdrawGo) {
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
