package dev.golive.testing.domain;

import java.time.Instant;

/** One result recorded by tester {@code testerId} for scenario {@code scenarioId}. Not checked here: see {@link ResultRules}. */
public record TestResult(String scenarioId, String testerId, Outcome outcome, String notes, Instant recordedAt) {
}
