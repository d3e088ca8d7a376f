package dev.golive.rollback.decision;

import java.time.Instant;
import java.util.UUID;

/** A recorded decision as the API answers it. */
public record DecisionView(UUID id, UUID cutoverId, String decision, String rationale, boolean afterPointOfNoReturn,
                           UUID basedOnAssessmentId, String basedOnRecommendation, String decidedBy,
                           Instant decidedAt) {
}
