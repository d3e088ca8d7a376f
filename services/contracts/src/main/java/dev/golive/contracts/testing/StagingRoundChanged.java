package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/**
 * Where the staging round of one rehearsal stands: power users testing their daily flows on the
 * upgraded staging database before the go-live is approved. A staging result counts only for the
 * rehearsal it was recorded on, so a new rehearsal starts with every flow NOT_RUN.
 * {@code criticalFlows} lists every critical scenario of the catalogue with its latest outcome on
 * this rehearsal (PASSED, FAILED, BLOCKED or NOT_RUN); {@code criticalFlowsPassed} when all passed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StagingRoundChanged(String cutoverId, String rehearsalId, String roundId,
                                  List<FlowOutcome> criticalFlows, boolean criticalFlowsPassed,
                                  Instant changedAt) implements GoliveEvent {

    /** One critical flow (a scenario of the catalogue) and its latest outcome on the rehearsal. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlowOutcome(String scenarioId, String title, String area, String outcome) {
    }
}
