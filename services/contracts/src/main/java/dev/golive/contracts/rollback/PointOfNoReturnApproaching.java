package dev.golive.contracts.rollback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Duration;
import java.time.Instant;

/** The point of no return is {@code timeLeft} away (triggers before it, 4 h and 1 h by default). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PointOfNoReturnApproaching(String cutoverId, Instant pointOfNoReturn, Duration timeLeft, int windowRevision,
                                         Instant at) implements GoliveEvent {
}
