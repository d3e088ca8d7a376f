package dev.golive.contracts.rollback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The recommendation (FIX_FORWARD, ROLL_BACK, DECIDE_NOW) or its reasons changed. Each reason names the policy that produced it; {@code rollbackWouldLose} is the time since the system came back. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RollbackAssessmentChanged(String cutoverId, String assessmentId, String recommendation, List<String> reasons,
                                        List<String> openIncidentIds, Duration timeToPointOfNoReturn,
                                        Instant pointOfNoReturn, Duration rollbackWouldLose, Instant assessedAt) implements GoliveEvent {
}
