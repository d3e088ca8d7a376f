package dev.golive.rollback.decision;

/**
 * Body of {@code POST /api/cutovers/{cutoverId}/rollback-decisions}: {@code decision} is ROLL_BACK
 * or PROCEED (read as text so that a wrong value is a 422 naming it); a ROLL_BACK at or after the
 * point of no return needs {@code acknowledgePastPointOfNoReturn: true}.
 */
public record DecisionRequest(String decision, String rationale, Boolean acknowledgePastPointOfNoReturn) {
}
