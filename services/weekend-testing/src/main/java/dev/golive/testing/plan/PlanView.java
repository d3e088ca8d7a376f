package dev.golive.testing.plan;

import java.time.Instant;
import java.util.List;

/**
 * The cutover's plan as the API answers it. {@code status} is NONE before anything was planned;
 * {@code testingStart}/{@code testingEnd} are the window the plan is for (null before it is known).
 */
public record PlanView(String planId, String status, int windowRevision, Instant testingStart, Instant testingEnd,
                       String plannedBy, Instant plannedAt, String publishedBy, Instant publishedAt,
                       List<AssignmentView> assignments, List<UnassignedView> unassigned) {

    public record UnassignedView(String scenarioId, String scenarioTitle, String reason, String detail) {
    }
}
