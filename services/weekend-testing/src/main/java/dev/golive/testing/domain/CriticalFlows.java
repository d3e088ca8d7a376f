package dev.golive.testing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the critical flows of the catalogue stand in one round: each critical scenario, in catalogue
 * order, with its latest outcome among {@code results} (which the caller has limited to the round,
 * and for staging to one rehearsal), or none when it was not run.
 */
public final class CriticalFlows {

    /** A critical scenario and its latest outcome, null when not run. */
    public record Flow(Scenario scenario, Outcome latest) {

        /** PASSED, FAILED, BLOCKED or NOT_RUN. */
        public String outcomeName() {
            return latest == null ? "NOT_RUN" : latest.name();
        }
    }

    private CriticalFlows() {
    }

    public static List<Flow> of(List<Scenario> scenarios, Collection<TestResult> results) {
        Map<String, TestResult> latest = TestResults.latest(results);
        return scenarios.stream().filter(Scenario::critical)
                .map(s -> new Flow(s, latest.containsKey(s.id()) ? latest.get(s.id()).outcome() : null))
                .toList();
    }

    /** Every critical flow passed, and there is at least one. */
    public static boolean allPassed(List<Flow> flows) {
        return !flows.isEmpty() && flows.stream().allMatch(f -> f.latest() == Outcome.PASSED);
    }
}
