package dev.golive.runbook.plan;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.runbook.TaskOwner;

import java.time.Duration;
import java.util.List;

/** The body that adds or re-plans a task: {@code dependsOn} are task ids, {@code checklist} item titles. */
public record TaskRequest(String title, String description, TaskOwner owner, List<String> dependsOn, AnchorBody anchor,
                          Duration expectedDuration, List<String> checklist) {

    public record AnchorBody(Milestone milestone, Duration offset) {
    }
}
