package dev.golive.testing.staging;

import dev.golive.testing.plan.PlanView;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A staging round as the API answers it: the rehearsal it tests and whether that is still the current
 * one (when not, its results no longer count: a new round is planned on the new rehearsal), its
 * assignments with their latest outcome, what it could not assign and why, and the catalogue's
 * critical flows with their latest outcome on the rehearsal.
 */
public record StagingRoundView(String id, String rehearsalId, boolean rehearsalCurrent, Instant from, Instant to,
                               String createdBy, Instant createdAt, List<Assignment> assignments,
                               List<PlanView.UnassignedView> unassigned, List<Flow> criticalFlows,
                               boolean criticalFlowsPassed) {

    public record Assignment(String id, String scenarioId, String scenarioTitle, String area, boolean critical,
                             String testerId, String testerName, String testerUsername, String testerZone,
                             Instant start, Instant end, LocalDateTime localStart, LocalDateTime localEnd,
                             String latestOutcome) {
    }

    /** A critical scenario and its latest outcome on the rehearsal: PASSED, FAILED, BLOCKED or NOT_RUN. */
    public record Flow(String scenarioId, String title, String area, String outcome) {
    }
}
