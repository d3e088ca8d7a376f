package dev.golive.contracts.rollback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The recommendation (FIX_FORWARD, ROLL_BACK, DECIDE_NOW) or its reasons changed. Each reason names the policy that
 * produced it; {@code rollbackWouldLose} is the time since the system came back.
 *
 * <p>{@code openIncidentCount} is how many incidents are open; {@code openIncidentIds} names the oldest few of them
 * only (three), so that the event stays small however many there are. An event written before the count existed has
 * none (null) and names every open incident: {@link #openIncidents()} reads both.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RollbackAssessmentChanged(String cutoverId, String assessmentId, String recommendation, List<String> reasons,
                                        List<String> openIncidentIds, Duration timeToPointOfNoReturn,
                                        Instant pointOfNoReturn, Duration rollbackWouldLose, Instant assessedAt,
                                        @OptionalField Long openIncidentCount) implements GoliveEvent {

    /** An assessment naming every open incident (the count is theirs). */
    public RollbackAssessmentChanged(String cutoverId, String assessmentId, String recommendation, List<String> reasons,
                                     List<String> openIncidentIds, Duration timeToPointOfNoReturn,
                                     Instant pointOfNoReturn, Duration rollbackWouldLose, Instant assessedAt) {
        this(cutoverId, assessmentId, recommendation, reasons, openIncidentIds, timeToPointOfNoReturn, pointOfNoReturn,
                rollbackWouldLose, assessedAt, openIncidentIds == null ? null : (long) openIncidentIds.size());
    }

    /** How many incidents are open: the count, or (an event without one) the ids named. */
    public long openIncidents() {
        return openIncidentCount != null ? openIncidentCount
                : openIncidentIds == null ? 0 : openIncidentIds.size();
    }
}
