package dev.golive.contracts.rollback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/**
 * The point of no return passed: a rollback started now can no longer finish before business resumes.
 * {@code latenessMillis}: how long after the point of no return its trigger fired; absent from older events.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PointOfNoReturnPassed(String cutoverId, Instant pointOfNoReturn, int windowRevision, Instant at,
                                    @OptionalField Long latenessMillis) implements GoliveEvent {
}
