package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/** The on-call roster was published, with any gap in coverage and any person on two overlapping shifts. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RosterPublished(String cutoverId, List<Shift> shifts, List<Gap> gaps, List<Overlap> overlaps, String publishedBy,
                              Instant publishedAt) implements GoliveEvent {

    /** role PRIMARY or SECONDARY. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shift(String shiftId, String person, String role, Instant start, Instant end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gap(String role, Instant from, Instant to) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Overlap(String person, String firstShiftId, String secondShiftId) {
    }
}
