package dev.golive.testing.domain;

import java.time.Instant;
import java.util.List;

/**
 * The baseline {@link TestPlanner} is measured against: first fit in input order, no priorities.
 * Scenarios are taken in the order given (a dependent given before its prerequisite waits for it);
 * each goes to the first tester, in the order given, who knows its area, has the hours left and
 * has room, at the earliest start they have. Same hard constraints, same reasons for what is left
 * out; nothing is moved afterwards.
 */
public final class GreedyPlanner {

    private GreedyPlanner() {
    }

    /** @throws IllegalArgumentException on the same invalid input as {@link TestPlanner#plan} */
    public static Plan plan(List<Scenario> scenarios, List<Tester> testers, Instant testingStart, Instant testingEnd) {
        PlanningInput in = PlanningInput.of(scenarios, testers, testingStart, testingEnd);
        Schedule schedule = new Schedule(in);
        for (int i : in.topologicalOrder(Integer::compare)) {
            int p = in.prerequisite[i];
            if (p >= 0 && !schedule.assigned(p)) {
                continue;
            }
            for (int t : in.testersFor(i)) {
                if (schedule.capacityLeft(t, -1) < in.minutes(i)) {
                    continue;
                }
                long start = schedule.earliestStart(t, i, schedule.notBefore(i), in.windowEnd);
                if (start != Schedule.NONE) {
                    schedule.assign(i, t, start);
                    break;
                }
            }
        }
        return schedule.toPlan();
    }
}
