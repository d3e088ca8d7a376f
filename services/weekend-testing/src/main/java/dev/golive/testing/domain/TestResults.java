package dev.golive.testing.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the results of the weekend say so far. */
public final class TestResults {

    private TestResults() {
    }

    /**
     * The latest result of each scenario, by {@code recordedAt}; of two recorded at the same
     * instant, the one later in {@code results}. Keyed by scenario id, in order of first appearance.
     */
    public static Map<String, TestResult> latest(Collection<TestResult> results) {
        Map<String, TestResult> latest = new LinkedHashMap<>();
        for (TestResult r : results) {
            latest.merge(r.scenarioId(), r, (was, now) -> now.recordedAt().isBefore(was.recordedAt()) ? was : now);
        }
        return latest;
    }
}
