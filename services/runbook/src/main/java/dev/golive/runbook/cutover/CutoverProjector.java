package dev.golive.runbook.cutover;

import dev.golive.messaging.inbox.EventTypes;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.cutover.CutoverReactions;
import dev.golive.messaging.cutover.WindowChange;
import dev.golive.runbook.plan.RunbookService;
import dev.golive.runbook.report.WeekendLog;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * What golive.cutover.v1 means to the runbook: the window's milestones re-plan it (the shared
 * {@link CutoverProjections} keeps revisions, zones, members and cancellation); GoNoGoDecided says
 * whether production may go down; cancellation removes the overdue triggers. Decisions, gate changes and
 * observed weekend facts go to the weekend's timeline for the report.
 */
@ApplicationScoped
public class CutoverProjector implements CutoverReactions<CutoverProjection> {

    public static final String CHANNEL = "cutover-events";
    public static final String CONSUMER = "runbook";

    static final EventTypes WANTED = CutoverProjections.DEFINING.and(EventCatalog.GO_NO_GO_DECIDED,
            EventCatalog.GATE_CHANGED, EventCatalog.WEEKEND_FACT_OBSERVED);

    private final CutoverProjections projections;
    private final RunbookService runbooks;
    private final Clock clock;

    public CutoverProjector(CutoverProjections projections, RunbookService runbooks, Clock clock) {
        this.projections = projections;
        this.runbooks = runbooks;
        this.clock = clock;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return projections.consumeBatch(CONSUMER, batch, WANTED, CutoverProjection.class, this);
    }

    @Override
    public void windowChanged(CutoverProjection row, WindowChange window) {
        row.milestones(window.milestones());
        runbooks.windowChanged(row);
    }

    @Override
    public void cancelled(CutoverProjection row) {
        runbooks.cancelled(row);
        WeekendLog.record(row.cutoverId, row.cancelledAt, "cutover", "CUTOVER_CANCELLED", "the cutover was cancelled");
    }

    @Override
    public void otherEvent(UUID cutoverId, GoliveEvent event) {
        if (event instanceof GoNoGoDecided d) {
            CutoverProjection row = projections.lock(cutoverId, CutoverProjection.class);
            row.goDecision = d.decision();
            row.goDecidedAt = d.decidedAt();
            WeekendLog.record(cutoverId, at(d.decidedAt()), "cutover", "GO_NO_GO_DECIDED", "go/no-go decided: "
                    + d.decision() + " by " + d.decidedBy() + (d.reason() == null || d.reason().isBlank() ? "" : " (" + d.reason() + ")"));
        } else if (event instanceof GateChanged g) {
            WeekendLog.record(cutoverId, at(g.since()), "cutover", "GATE_CHANGED", "gate " + g.gate() + " is " + g.state()
                    + (g.reasons() == null || g.reasons().isEmpty() ? "" : ": " + String.join("; ", g.reasons())));
        } else if (event instanceof WeekendFactObserved f) {
            WeekendLog.record(cutoverId, at(f.observedAt()), "cutover", "FACT_OBSERVED", "observed " + f.fact()
                    + " on '" + f.taskTitle() + "'");
        }
    }

    private java.time.Instant at(java.time.Instant at) {
        return at != null ? at : clock.instant();
    }
}
