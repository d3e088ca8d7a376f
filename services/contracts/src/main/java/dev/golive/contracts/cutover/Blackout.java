package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** Days (inclusive, in the cutover's zone) on which no go-live weekend may fall, and why. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Blackout(LocalDate from, LocalDate to, String reason) {
}
