package dev.golive.testing.result;

import java.util.List;

/**
 * Body of {@code POST /api/cutovers/{cutoverId}/assignments/{assignmentId}/results}: {@code outcome}
 * PASSED, FAILED or BLOCKED (read as text so that a wrong value is a 422 naming it), {@code notes}
 * (required for FAILED and BLOCKED), for a failed critical scenario whether a workaround exists
 * (false when left out), and what changed for the tester ({@code changes}, optional, at most 20).
 */
public record ResultRequest(String outcome, String notes, Boolean workaroundExists, List<ChangeRequest> changes) {

    /** A change the tester noticed: {@code kind} MOVED_MENU, RENAMED_BUTTON, DIFFERENT_SCREEN or OTHER, and what it is. */
    public record ChangeRequest(String kind, String description) {
    }
}
