package dev.golive.testing.domain;

import java.util.Objects;

/** A scenario the plan could not give to anyone, why, and a sentence for people with the figures. */
public record Unassignable(String scenarioId, Reason reason, String detail) {

    /**
     * Why, in the order a planner asks. Each is true of the final plan, not only of the moment the
     * planner gave up: nothing assigned later could have made room.
     */
    public enum Reason {
        /** The scenario's prerequisite is not assigned, so it has nothing to come after. */
        PREREQUISITE_UNASSIGNED,
        /** No tester knows the scenario's area. */
        NO_TESTER_FOR_AREA,
        /** Every tester who knows the area has fewer minutes left under their maximum hours than the scenario needs. */
        CAPACITY_EXHAUSTED,
        /**
         * Some tester who knows the area has the minutes to spare, but none of them has a free
         * stretch that long in their availability inside the testing window (after the
         * prerequisite ends, if there is one) — and none would even if the window ran on.
         */
        NO_AVAILABILITY_LEFT,
        /**
         * Like {@link #NO_AVAILABILITY_LEFT}, except that some tester with the minutes to spare
         * would have a free stretch if the testing window did not end where it does.
         */
        DOES_NOT_FIT_BEFORE_END
    }

    public Unassignable {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
