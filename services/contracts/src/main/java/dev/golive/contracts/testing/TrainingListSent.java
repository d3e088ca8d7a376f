package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/**
 * The ops lead sent the training list of one business area: what changed for the people who work
 * there (a moved menu, a renamed button, a different screen), gathered from the power users'
 * notes on their staging results, to the people named in {@code recipients} (user names).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingListSent(String cutoverId, String area, List<Change> changes, List<String> recipients,
                               String sentBy, Instant sentAt) implements GoliveEvent {

    /** One change a power user noticed: its kind (MOVED_MENU, RENAMED_BUTTON, DIFFERENT_SCREEN, OTHER), what it is, in which flow. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String kind, String description, String scenarioTitle, String notedBy) {
    }
}
