package dev.golive.testing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whether the business can sign the weekend off: every critical scenario's latest result is
 * {@code PASSED}, and there is at least one critical scenario (a catalogue with none has nothing
 * to sign off on). Normal scenarios do not hold it up.
 */
public final class SignOff {

    private SignOff() {
    }

    /** {@code results}: every result, or only the latest of each scenario (the latest is taken either way). */
    public static boolean ready(List<Scenario> scenarios, Collection<TestResult> results) {
        return scenarios.stream().anyMatch(Scenario::critical) && pending(scenarios, results).isEmpty();
    }

    /** The ids of the critical scenarios whose latest result is not {@code PASSED} (none yet, failed, blocked), in list order. */
    public static List<String> pending(List<Scenario> scenarios, Collection<TestResult> results) {
        Map<String, TestResult> latest = TestResults.latest(results);
        return scenarios.stream()
                .filter(Scenario::critical)
                .filter(s -> latest.get(s.id()) == null || latest.get(s.id()).outcome() != Outcome.PASSED)
                .map(Scenario::id)
                .toList();
    }
}
