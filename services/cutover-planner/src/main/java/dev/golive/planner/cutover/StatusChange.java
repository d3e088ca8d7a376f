package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.domain.StatusTransitions;
import dev.golive.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Moves a cutover along its life cycle, refusing what {@link StatusTransitions} forbids. */
@ApplicationScoped
public class StatusChange {

    private final Outbox outbox;
    private final Clock clock;

    @Inject
    StatusChange(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Cutover cutover, CutoverStatus to, String reason, String by) {
        requireAllowed(cutover, to);
        CutoverStatus from = cutover.status;
        cutover.status = to;
        cutover.updatedAt = clock.instant();
        outbox.append(new CutoverStatusChanged(cutover.id.toString(), from, to, reason, by, cutover.updatedAt));
    }

    public static void requireAllowed(Cutover cutover, CutoverStatus to) {
        if (!StatusTransitions.allowed(cutover.status, to)) {
            throw ProblemException.conflict("status-transition-not-allowed",
                    "A cutover in status " + cutover.status + " cannot move to " + to,
                    List.of("allowed next statuses: " + StatusTransitions.next(cutover.status)));
        }
    }
}
