package dev.golive.console.view;

import dev.golive.contracts.cutover.WeekendFact;
import io.quarkus.qute.TemplateExtension;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What the weekend actually did beside the milestone that planned it, from cutover-planner's view of a
 * cutover ({@code observed}: when production went down, the system came back, business resumed; each
 * null until the runbook observed it). A planned instant passing is not the thing happening: the
 * timeline shows both ({@code {observed:at(cutover, m.milestone)}}).
 */
@TemplateExtension(namespace = "observed")
public final class ObservedFacts {

    /** The field of the planner's {@code observed} object that holds each fact. */
    private static final Map<WeekendFact, String> FIELD = Map.of(
            WeekendFact.DOWNTIME_STARTED, "downtimeStartedAt",
            WeekendFact.SYSTEM_BACK, "systemBackAt",
            WeekendFact.BUSINESS_RESUMED, "businessResumedAt");

    private ObservedFacts() {
    }

    /** Whether {@code milestone} plans something the runbook observes (the downtime, the system back, the resume). */
    public static boolean observable(Object milestone) {
        return fact(milestone).isPresent();
    }

    /** When what {@code milestone} planned was observed, as the planner's API gives it; null until then (or for other milestones). */
    public static Object at(Map<String, Object> cutover, Object milestone) {
        Optional<WeekendFact> fact = fact(milestone);
        if (fact.isEmpty() || cutover == null || !(cutover.get("observed") instanceof Map<?, ?> observed)) {
            return null;
        }
        return observed.get(FIELD.get(fact.get()));
    }

    private static Optional<WeekendFact> fact(Object milestone) {
        return milestone == null ? Optional.empty() : Arrays.stream(WeekendFact.values())
                .filter(f -> f.planned().name().equals(milestone.toString())).findFirst();
    }
}
