package dev.golive.planner.domain;

import java.util.Objects;

/** Why a go-live window cannot be used, with a sentence for people. */
public record SkipReason(Kind kind, String detail) {

    public enum Kind {
        /** The downtime would start at or before now. */
        IN_THE_PAST,
        /** The downtime would start sooner than the policy's minimum lead time from now. */
        BEFORE_MINIMUM_LEAD_TIME,
        /** A day of the weekend falls inside a blackout. */
        BLACKOUT,
        /** The on-call team already has another cutover during the weekend. */
        TEAM_CONFLICT,
        /**
         * A public holiday of the business falls on a day from the go/no-go to business resume. The only
         * kind an ops lead may override, by choosing the weekend explicitly with a reason.
         */
        HOLIDAY,
        /** A day of the weekend falls inside a freeze period of the cutover's client or team. */
        FREEZE_PERIOD
    }

    public SkipReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
