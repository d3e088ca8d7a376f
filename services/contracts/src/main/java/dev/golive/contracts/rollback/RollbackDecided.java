package dev.golive.contracts.rollback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;

/** The ops lead decided: ROLL_BACK or PROCEED, with the rationale; {@code afterPointOfNoReturn} is true when it was acknowledged that a rollback cannot finish before business resumes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RollbackDecided(String cutoverId, String decisionId, String decision, String rationale,
                              @OptionalField String basedOnAssessmentId, boolean afterPointOfNoReturn,
                              String decidedBy, Instant decidedAt) implements GoliveEvent {
}
