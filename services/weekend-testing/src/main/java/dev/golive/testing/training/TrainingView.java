package dev.golive.testing.training;

import java.time.Instant;
import java.util.List;

/** The training list: per area that has any, the changes the power users noted, in the order noted. */
public record TrainingView(List<Area> areas) {

    public record Area(String area, List<Change> changes) {
    }

    /** A change: its kind and description, the scenario it was seen in, the round, who noted it and when. */
    public record Change(String kind, String description, String scenarioId, String scenarioTitle, String round,
                         String notedBy, Instant notedAt) {
    }

    /** What was sent: the area's changes, to whom, by whom, when (as TrainingListSent carries it). */
    public record Sent(String area, List<Change> changes, List<String> recipients, String sentBy, Instant sentAt) {
    }
}
