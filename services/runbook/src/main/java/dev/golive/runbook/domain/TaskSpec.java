package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.TaskOwner;

import java.time.Duration;
import java.util.List;

/**
 * What a task is planned to be: who does it, after which tasks (finish-to-start), anchored to which
 * milestone (null: as soon as its dependencies finish; an anchored task waits for them too), how long
 * it is expected to take, and which weekend fact it establishes, if any.
 *
 * @param id        stable id within the runbook (dependencies name it)
 * @param dependsOn ids of the tasks that must finish first
 */
public record TaskSpec(String id, String key, String title, String description, TaskOwner owner,
                       List<String> dependsOn, Anchor anchor, Duration expectedDuration, WeekendFact observes,
                       List<ChecklistEntry> checklist) {

    public TaskSpec {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        expectedDuration = expectedDuration == null ? Duration.ZERO : expectedDuration;
    }

    public boolean automated() {
        return owner != null && owner.kind() == TaskOwner.Kind.AUTOMATED;
    }
}
