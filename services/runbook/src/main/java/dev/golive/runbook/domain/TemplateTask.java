package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.TaskOwner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A task of a template, by key. {@code durationFromForecast}: the expected duration is the production
 * upgrade's forecast when one is known, else SYSTEM_BACK_EXPECTED − DOWNTIME_START of the window;
 * {@code lastsUntil}: the task is expected to last from its planned start until that milestone (power
 * users test until WEEKEND_TESTING_END). Otherwise {@code expectedDuration} as written.
 */
public record TemplateTask(String key, String title, String description, TaskOwner owner, List<String> dependsOn,
                           Anchor anchor, Duration expectedDuration, WeekendFact observes,
                           List<ChecklistEntry> checklist, boolean durationFromForecast, Milestone lastsUntil) {

    public TemplateTask {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        expectedDuration = expectedDuration == null ? Duration.ZERO : expectedDuration;
    }

    /** The expected duration in this window, with this forecast (null when none is known). */
    public Duration durationIn(Map<Milestone, Instant> milestones, Duration forecast) {
        if (durationFromForecast) {
            if (forecast != null) {
                return forecast;
            }
            Instant down = milestones.get(Milestone.DOWNTIME_START);
            Instant back = milestones.get(Milestone.SYSTEM_BACK_EXPECTED);
            if (down != null && back != null && back.isAfter(down)) {
                return Duration.between(down, back);
            }
        }
        if (lastsUntil != null && anchor != null) {
            Instant from = anchor.in(milestones);
            Instant until = milestones.get(lastsUntil);
            if (from != null && until != null && until.isAfter(from)) {
                return Duration.between(from, until);
            }
        }
        return expectedDuration;
    }
}
