package dev.golive.testing.result;

import java.time.Instant;
import java.util.List;

/**
 * A recorded result as the API answers it: {@code round} WEEKEND or STAGING, and for a staging result
 * its round and the rehearsal it was recorded on; the changes the tester noted.
 */
public record ResultView(String id, String assignmentId, String scenarioId, String testerId, String outcome,
                         String notes, boolean workaroundExists, String recordedBy, Instant recordedAt, String round,
                         String roundId, String rehearsalId, List<ChangeView> changes) {

    public record ChangeView(String kind, String description) {
    }

    static ResultView of(ResultRow r) {
        return new ResultView(r.id.toString(), r.assignmentId.toString(), r.scenarioId, r.testerId.toString(),
                r.outcome.name(), r.notes, r.workaroundExists, r.recordedBy, r.recordedAt, r.round.name(),
                r.roundId == null ? null : r.roundId.toString(), r.rehearsalId,
                r.changes.stream().map(c -> new ChangeView(c.kind.name(), c.description)).toList());
    }
}
