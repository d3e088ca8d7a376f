package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import dev.golive.contracts.OptionalField;
import java.time.Instant;
import java.util.List;

/**
 * A go-live window was chosen for a cutover that had none. {@code windowRevision} starts at 1
 * and grows with every reschedule, so a consumer can drop an older window that arrives late.
 * {@code holidayChoice}: the public holidays of the weekend the ops lead chose explicitly, and why
 * (absent when the weekend holds none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoLiveWindowScheduled(String cutoverId, int windowRevision, String zone,
                                    List<MilestoneTime> milestones, String scheduledBy,
                                    Instant scheduledAt, @OptionalField HolidayChoice holidayChoice)
        implements GoliveEvent {

    public GoLiveWindowScheduled(String cutoverId, int windowRevision, String zone, List<MilestoneTime> milestones,
                                 String scheduledBy, Instant scheduledAt) {
        this(cutoverId, windowRevision, zone, milestones, scheduledBy, scheduledAt, null);
    }
}
