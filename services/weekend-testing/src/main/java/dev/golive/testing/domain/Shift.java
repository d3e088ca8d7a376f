package dev.golive.testing.domain;

import java.time.Instant;

/**
 * One on-call shift of a technical person, {@code [start, end)}: two shifts that only touch
 * ({@code a.end == b.start}) are a hand-over, not an overlap. Not checked here: see {@link ShiftRules}.
 */
public record Shift(String id, String person, ShiftRole role, Instant start, Instant end) {
}
