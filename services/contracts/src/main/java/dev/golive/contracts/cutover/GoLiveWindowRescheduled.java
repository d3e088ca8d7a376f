package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/**
 * A cutover's window moved; carries the new milestones and the previous ones. {@code holidayChoice}:
 * the public holidays of the new weekend the ops lead chose explicitly, and why (absent when it holds none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoLiveWindowRescheduled(String cutoverId, int windowRevision, String zone,
                                      List<MilestoneTime> milestones, List<MilestoneTime> previousMilestones,
                                      @OptionalField String reason, String scheduledBy, Instant scheduledAt,
                                      @OptionalField HolidayChoice holidayChoice)
        implements GoliveEvent {

    public GoLiveWindowRescheduled(String cutoverId, int windowRevision, String zone, List<MilestoneTime> milestones,
                                   List<MilestoneTime> previousMilestones, String reason, String scheduledBy,
                                   Instant scheduledAt) {
        this(cutoverId, windowRevision, zone, milestones, previousMilestones, reason, scheduledBy, scheduledAt, null);
    }
}
