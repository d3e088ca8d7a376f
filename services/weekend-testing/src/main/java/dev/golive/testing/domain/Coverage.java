package dev.golive.testing.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How far testing has come, per business area and in total, counting each scenario by its latest
 * result (results of scenarios not in the list are ignored).
 */
public record Coverage(Map<BusinessArea, Counts> byArea, Counts total) {

    /** Scenarios, how many passed, failed and are blocked by their latest result, and the critical ones. */
    public record Counts(int scenarios, int passed, int failed, int blocked, int criticalTotal, int criticalPassed) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        /** Scenarios without any result yet. */
        public int untested() {
            return scenarios - passed - failed - blocked;
        }

        Counts plus(Scenario s, Outcome latest) {
            return new Counts(scenarios + 1, passed + (latest == Outcome.PASSED ? 1 : 0),
                    failed + (latest == Outcome.FAILED ? 1 : 0), blocked + (latest == Outcome.BLOCKED ? 1 : 0),
                    criticalTotal + (s.critical() ? 1 : 0), criticalPassed + (s.critical() && latest == Outcome.PASSED ? 1 : 0));
        }
    }

    public Coverage {
        byArea = Collections.unmodifiableMap(byArea.isEmpty() ? new EnumMap<>(BusinessArea.class) : new EnumMap<>(byArea));
    }

    /**
     * Counts for each area that has at least one scenario (in the order of {@link BusinessArea}),
     * and the total. {@code results} may be every result of the weekend or only the latest of each
     * scenario: the latest is taken either way ({@link TestResults#latest}).
     */
    public static Coverage of(List<Scenario> scenarios, Collection<TestResult> results) {
        Map<String, TestResult> latest = TestResults.latest(results);
        Map<BusinessArea, Counts> byArea = new EnumMap<>(BusinessArea.class);
        Counts total = Counts.NONE;
        for (Scenario s : scenarios) {
            TestResult r = latest.get(s.id());
            Outcome outcome = r == null ? null : r.outcome();
            byArea.merge(s.area(), Counts.NONE.plus(s, outcome), (was, one) -> was.plus(s, outcome));
            total = total.plus(s, outcome);
        }
        return new Coverage(byArea, total);
    }
}
