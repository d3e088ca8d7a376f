package dev.golive.testing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How good a plan is, in the figures the planners are compared on:
 * <ul>
 *   <li>{@code assigned} of {@code scenarios}, and {@code criticalAssigned} of {@code criticalTotal};</li>
 *   <li>{@code latestCriticalEnd}: when the last assigned critical scenario ends (null when none is);</li>
 *   <li>{@code meanCriticalEndOffset}: the mean, over assigned critical scenarios, of the time from
 *       {@code testingStart} to their end — the planner's objective divided by the count (null when
 *       none is);</li>
 *   <li>{@code loadSpreadMinutes}: the most minus the fewest minutes assigned to a tester, over the
 *       testers with some availability ending after {@code testingStart} (0 when there is none).</li>
 * </ul>
 */
public record PlanQuality(int scenarios, int assigned, int criticalTotal, int criticalAssigned, Instant latestCriticalEnd,
                          Duration meanCriticalEndOffset, long loadSpreadMinutes) {

    public static PlanQuality of(Plan plan, List<Scenario> scenarios, List<Tester> testers, Instant testingStart) {
        Set<String> critical = scenarios.stream().filter(Scenario::critical).map(Scenario::id).collect(Collectors.toSet());
        Instant latest = null;
        Duration sum = Duration.ZERO;
        int criticalAssigned = 0;
        Map<String, Long> minutes = new HashMap<>();
        for (PlannedAssignment a : plan.assignments()) {
            minutes.merge(a.testerId(), a.duration().toMinutes(), Long::sum);
            if (critical.contains(a.scenarioId())) {
                criticalAssigned++;
                sum = sum.plus(Duration.between(testingStart, a.end()));
                latest = latest == null || a.end().isAfter(latest) ? a.end() : latest;
            }
        }
        long most = Long.MIN_VALUE;
        long fewest = Long.MAX_VALUE;
        for (Tester t : testers) {
            if (t.availability().stream().anyMatch(s -> s.end().isAfter(testingStart))) {
                long m = minutes.getOrDefault(t.id(), 0L);
                most = Math.max(most, m);
                fewest = Math.min(fewest, m);
            }
        }
        return new PlanQuality(scenarios.size(), plan.assignments().size(), critical.size(), criticalAssigned, latest,
                criticalAssigned == 0 ? null : sum.dividedBy(criticalAssigned),
                most == Long.MIN_VALUE ? 0 : most - fewest);
    }
}
