package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.Milestone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The runbook's word for the go/no-go gate: every task planned to finish at or before GO_NO_GO must be
 * DONE or SKIPPED (a skip always carries its reason); {@code pending} are the indexes of those that are
 * not, in plan order. A runbook with no such task (or a window without GO_NO_GO) is ready.
 */
public record Readiness(boolean ready, List<Integer> pending) {

    public static Readiness of(Plan plan, TaskProgress[] progress, Map<Milestone, Instant> milestones) {
        Instant goNoGo = milestones.get(Milestone.GO_NO_GO);
        List<Integer> pending = new ArrayList<>();
        if (goNoGo != null) {
            for (int i : plan.planOrder()) {
                TaskProgress p = progress[i] == null ? TaskProgress.PLANNED : progress[i];
                if (dueBeforeGoNoGo(plan.finish(i), goNoGo) && !p.finished()) {
                    pending.add(i);
                }
            }
        }
        return new Readiness(pending.isEmpty(), List.copyOf(pending));
    }

    public static boolean dueBeforeGoNoGo(Instant plannedFinish, Instant goNoGo) {
        return goNoGo != null && !plannedFinish.isAfter(goNoGo);
    }
}
