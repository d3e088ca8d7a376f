package dev.golive.testing.result;

import java.time.Instant;

/** A recorded result as the API answers it. */
public record ResultView(String id, String assignmentId, String scenarioId, String testerId, String outcome,
                         String notes, boolean workaroundExists, String recordedBy, Instant recordedAt) {

    static ResultView of(ResultRow r) {
        return new ResultView(r.id.toString(), r.assignmentId.toString(), r.scenarioId, r.testerId.toString(),
                r.outcome.name(), r.notes, r.workaroundExists, r.recordedBy, r.recordedAt);
    }
}
