package dev.golive.testing.plan;

import java.time.Instant;

/**
 * Body of {@code PUT /api/cutovers/{cutoverId}/assignments/{assignmentId}}: another tester, another
 * start, or both; what is left out stays. {@code end} may be left out (start + the scenario's
 * estimate); given, it must be exactly that. {@code reason} goes into AssignmentChanged.
 */
public record OverrideRequest(String testerId, Instant start, Instant end, String reason) {
}
