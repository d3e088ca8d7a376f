package dev.golive.contracts.cutover;

import java.time.LocalDate;

/** Days (inclusive, in the cutover's zone) on which no go-live weekend may fall, and why. */
public record Blackout(LocalDate from, LocalDate to, String reason) {
}
