package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One milestone of a window: its wall-clock time in the cutover's zone, the offset in force
 * then, the instant, and the rule that turned the one into the other.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MilestoneTime(Milestone milestone, LocalDateTime local, String zone, ZoneOffset offset,
                            Instant instant, TimeRule rule) {
}
