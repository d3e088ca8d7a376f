package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/** A cutover's window moved; carries the new milestones and the previous ones. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoLiveWindowRescheduled(String cutoverId, int windowRevision, String zone,
                                      List<MilestoneTime> milestones, List<MilestoneTime> previousMilestones,
                                      @OptionalField String reason, String scheduledBy, Instant scheduledAt)
        implements GoliveEvent {
}
