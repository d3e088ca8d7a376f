package dev.golive.testing.domain;

import java.time.Duration;
import java.time.Instant;

/** Scenario {@code scenarioId} is tested by {@code testerId} over {@code [start, end)}. */
public record PlannedAssignment(String scenarioId, String testerId, Instant start, Instant end) {

    public Duration duration() {
        return Duration.between(start, end);
    }
}
