package dev.golive.runbook.overdue;

import dev.golive.runbook.plan.RunbookService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Once a minute (on one instance: the job is in the clustered Quartz store) every runbook's projection is
 * recomputed, so a running task that overruns moves the projection with time even when nothing else
 * changes; events go out only when what they say changed.
 */
@ApplicationScoped
public class Recomputation {

    private final RunbookService runbooks;

    public Recomputation(RunbookService runbooks) {
        this.runbooks = runbooks;
    }

    @Scheduled(identity = "runbook-recompute", every = "${golive.runbook.recompute-every:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recompute() {
        runbooks.recomputeAll();
    }
}
