package dev.golive.planner.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.List;

/**
 * Why the ops lead cancelled a cutover, moved its status or its window: optional here (cancelling
 * requires one, checked where it is asked for), and at most {@value #MAX_LENGTH} characters once
 * stripped — a sentence or two, carried by the event to every service and person that hears of it.
 */
public final class ReasonRules {

    public static final int MAX_LENGTH = 2_000;

    private ReasonRules() {
    }

    public static List<FieldViolation> check(String reason) {
        if (reason != null && reason.strip().length() > MAX_LENGTH) {
            return List.of(new FieldViolation("reason", "must be at most " + MAX_LENGTH + " characters"));
        }
        return List.of();
    }
}
