package dev.golive.planner.gonogo;

/**
 * Body of {@code POST /api/cutovers/{id}/go-no-go}. {@code decision} is read as text so that a
 * wrong value is a 422 naming the field, not an unreadable body.
 */
public record DecisionRequest(String decision, String reason, Boolean rescheduleToNextWindow) {
}
