package dev.golive.contracts.rollback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/** The point of no return passed: a rollback started now can no longer finish before business resumes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PointOfNoReturnPassed(String cutoverId, Instant pointOfNoReturn, int windowRevision, Instant at) implements GoliveEvent {
}
