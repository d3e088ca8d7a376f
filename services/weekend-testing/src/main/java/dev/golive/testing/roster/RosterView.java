package dev.golive.testing.roster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The roster as the API answers it: the window it must cover (downtime start to business resume),
 * the shifts, each stretch a role is not covered, each person on two shifts at once, and whether
 * there is none of either ({@code sound}).
 */
public record RosterView(Instant from, Instant to, String zone, List<ShiftView> shifts, List<GapView> gaps,
                         List<OverlapView> overlaps, boolean sound, String publishedBy, Instant publishedAt) {

    public record ShiftView(String id, String person, String role, Instant start, Instant end) {
    }

    public record GapView(String role, Instant from, Instant to, Duration duration) {
    }

    public record OverlapView(String person, String firstShiftId, String secondShiftId, Instant from, Instant to) {
    }
}
