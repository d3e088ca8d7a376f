package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/**
 * A go-live window was chosen for a cutover that had none. {@code windowRevision} starts at 1
 * and grows with every reschedule, so a consumer can drop an older window that arrives late.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoLiveWindowScheduled(String cutoverId, int windowRevision, String zone,
                                    List<MilestoneTime> milestones, String scheduledBy,
                                    Instant scheduledAt) implements GoliveEvent {
}
