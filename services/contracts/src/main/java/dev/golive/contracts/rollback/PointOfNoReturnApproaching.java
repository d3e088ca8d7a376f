package dev.golive.contracts.rollback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;

/**
 * The point of no return is {@code timeLeft} away (triggers before it, 4 h and 1 h by default).
 * {@code latenessMillis}: how long after its instant the warning's trigger fired (0 on time; large when
 * every instance was down, and {@code timeLeft} is then the time actually left); absent from older events.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PointOfNoReturnApproaching(String cutoverId, Instant pointOfNoReturn, Duration timeLeft, int windowRevision,
                                         Instant at, @OptionalField Long latenessMillis) implements GoliveEvent {
}
