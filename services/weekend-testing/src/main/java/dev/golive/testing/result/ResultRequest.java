package dev.golive.testing.result;

/**
 * Body of {@code POST /api/cutovers/{cutoverId}/assignments/{assignmentId}/results}: {@code outcome}
 * PASSED, FAILED or BLOCKED (read as text so that a wrong value is a 422 naming it), {@code notes}
 * (required for FAILED and BLOCKED), and for a failed critical scenario whether a workaround exists
 * (false when left out).
 */
public record ResultRequest(String outcome, String notes, Boolean workaroundExists) {
}
