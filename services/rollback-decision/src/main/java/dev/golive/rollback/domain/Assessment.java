package dev.golive.rollback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The answer at one moment: keep going or go back, every reason for it, the open incidents (how
 * many, and the oldest few by id: {@link OpenIncidents#NAMED}), the time left to the point of no
 * return (negative after it) and what a rollback would lose (the time since the system came back;
 * zero while it is not back). Its size does not grow with the number of incidents.
 */
public record Assessment(Recommendation recommendation, List<Reason> reasons, List<UUID> openIncidentIds,
                         long openIncidentCount, Duration timeToPointOfNoReturn, Duration rollbackWouldLose,
                         Instant pointOfNoReturn) {

    public Assessment {
        Objects.requireNonNull(recommendation, "recommendation");
        reasons = List.copyOf(reasons);
        openIncidentIds = List.copyOf(openIncidentIds);
        openIncidentCount = Math.max(openIncidentCount, openIncidentIds.size());
        Objects.requireNonNull(timeToPointOfNoReturn, "timeToPointOfNoReturn");
        Objects.requireNonNull(rollbackWouldLose, "rollbackWouldLose");
        Objects.requireNonNull(pointOfNoReturn, "pointOfNoReturn");
    }

    /** An assessment naming every open incident. */
    public Assessment(Recommendation recommendation, List<Reason> reasons, List<UUID> openIncidentIds,
                      Duration timeToPointOfNoReturn, Duration rollbackWouldLose, Instant pointOfNoReturn) {
        this(recommendation, reasons, openIncidentIds, openIncidentIds.size(), timeToPointOfNoReturn,
                rollbackWouldLose, pointOfNoReturn);
    }

    /**
     * Whether {@code other} says the same thing, so that no change needs announcing: the same
     * recommendation, the same policies in the same order, each naming the same incidents (in any
     * order) and either about as many in all or, in both, about more than it names; and the same
     * point of no return. How many more does not count: during an incident storm each new incident
     * would otherwise be announced as a new assessment to every reader and stakeholder while the
     * recommendation and what it names stay the same (the count is read live from the API). The explanations, the time left and what a rollback
     * would lose change with the clock alone and are ignored; the open incidents that no policy
     * names are ignored too (a new LOW incident does not change the verdict). A moved point of no
     * return does count: people must hear that their deadline moved.
     */
    public boolean sameVerdictAs(Assessment other) {
        if (other == null || recommendation != other.recommendation
                || !pointOfNoReturn.equals(other.pointOfNoReturn)
                || reasons.size() != other.reasons.size()) {
            return false;
        }
        for (int i = 0; i < reasons.size(); i++) {
            Reason mine = reasons.get(i);
            Reason theirs = other.reasons.get(i);
            if (!mine.policy().equals(theirs.policy()) || mine.recommends() != theirs.recommends()
                    || !sameCount(mine, theirs)
                    || !new HashSet<>(mine.incidentIds()).equals(new HashSet<>(theirs.incidentIds()))) {
                return false;
            }
        }
        return true;
    }

    /** The same number of incidents, or more than it names in both (the named ones are compared apart). */
    private static boolean sameCount(Reason mine, Reason theirs) {
        return mine.incidentCount() == theirs.incidentCount()
                || mine.incidentCount() > mine.incidentIds().size() && theirs.incidentCount() > theirs.incidentIds().size();
    }

    /** The names of the policies that fired, in order. */
    public List<String> policies() {
        return reasons.stream().map(Reason::policy).toList();
    }
}
