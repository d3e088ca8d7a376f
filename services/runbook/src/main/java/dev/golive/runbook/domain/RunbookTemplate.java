package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.Milestone;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A reusable runbook: the go-live tasks and, apart, the rollback tasks that apply only after a ROLL_BACK decision. */
public record RunbookTemplate(String templateId, String name, String description, boolean builtIn,
                              List<TemplateTask> tasks, List<TemplateTask> rollbackTasks) {

    public RunbookTemplate {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        rollbackTasks = rollbackTasks == null ? List.of() : List.copyOf(rollbackTasks);
    }

    /** The template's tasks as a cutover's: new ids from {@code ids}, dependencies by id, durations for this window. */
    public static List<TaskSpec> instantiate(List<TemplateTask> tasks, Map<Milestone, Instant> milestones,
                                             Duration forecast, Supplier<String> ids) {
        Map<String, String> idOf = new HashMap<>();
        tasks.forEach(t -> idOf.put(t.key(), ids.get()));
        return tasks.stream().map(t -> new TaskSpec(idOf.get(t.key()), t.key(), t.title(), t.description(), t.owner(),
                t.dependsOn().stream().map(k -> idOf.getOrDefault(k, k)).toList(), t.anchor(),
                t.durationIn(milestones, forecast), t.observes(), t.checklist())).toList();
    }

    /** The template tasks as specs whose ids are their keys: to validate a template with the runbook's rules. */
    public static List<TaskSpec> asSpecs(List<TemplateTask> tasks) {
        return tasks.stream().map(t -> new TaskSpec(t.key(), t.key(), t.title(), t.description(), t.owner(),
                t.dependsOn(), t.anchor(), t.expectedDuration(), t.observes(), t.checklist())).toList();
    }
}
