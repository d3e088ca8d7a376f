package dev.golive.planner.gonogo;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.planner.cutover.Cutover;
import dev.golive.planner.domain.Gate;
import dev.golive.planner.domain.GoNoGoGates;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/cutovers/{id}/gates}: the recommendation, every gate, the latest decision (of
 * whichever window; {@code windowRevision} tells which), the status, and when the downtime start
 * was reached without a GO (null unless it happened).
 */
public record GatesView(UUID cutoverId, String recommendation, List<String> failingGates, List<GateView> gates,
                        DecisionView decision, CutoverStatus status, int windowRevision,
                        Instant downtimeStartedWithoutGoAt) {

    public record GateView(String gate, String state, Instant since, List<String> reasons) {
    }

    public record DecisionView(String decision, String decidedBy, String reason, Instant decidedAt,
                               List<String> failingGates, int windowRevision) {
        static DecisionView of(DecisionRow row) {
            return new DecisionView(row.decision.name(), row.decidedBy, row.reason, row.decidedAt, row.failingGates,
                    row.windowRevision);
        }
    }

    static GatesView of(Cutover cutover, GoNoGoGates gates, Map<Gate, Instant> since,
                        DecisionRow decision) {
        return new GatesView(cutover.id, gates.recommendation().name(),
                gates.failingGates().stream().map(Gate::name).toList(),
                gates.verdicts().stream().map(v -> new GateView(v.gate().name(), v.state().name(), since.get(v.gate()),
                        v.reasons())).toList(),
                decision == null ? null : DecisionView.of(decision), cutover.status, cutover.windowRevision,
                cutover.downtimeWithoutGoAt);
    }
}
