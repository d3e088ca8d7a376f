package dev.golive.rollback.assessment;

import dev.golive.rollback.domain.Reason;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The assessment of this moment: the recommendation and every reason for it, the open incidents
 * (how many, and the oldest few; each reason names a few of its incidents and counts the others),
 * the time left to the point of no return (negative once passed) and what a rollback would lose
 * (the time since the system came back). {@code lastChangeId} is the latest verdict recorded in the
 * trail (the one {@code RollbackAssessmentChanged} announced).
 */
public record AssessmentView(UUID cutoverId, String recommendation, List<Reason> reasons, List<UUID> openIncidentIds,
                             long openIncidentCount,
                             Instant pointOfNoReturn, boolean pointOfNoReturnPassed, Duration timeToPointOfNoReturn,
                             Instant systemBackAt, Instant businessResume, Duration rollbackWouldLose,
                             int windowRevision, boolean cutoverCancelled, UUID lastChangeId, Instant assessedAt) {
}
