package dev.golive.notification.paging;

import dev.golive.notification.time.OneShotTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One one-shot Quartz trigger per open page, at the deadline of its current step; stored in
 * PostgreSQL (clustered JDBC store) with the step that set it, so a restart loses no escalation.
 */
@ApplicationScoped
public class EscalationSchedule {

    static final String GROUP = "page-escalation";
    static final String PAGE_ID = "pageId";

    @Inject
    Scheduler quartz;

    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(UUID pageId, Instant deadline) {
        OneShotTrigger.schedule(quartz, EscalationJob.class, new JobKey(pageId.toString(), GROUP),
                "escalation of page " + pageId, Map.of(PAGE_ID, pageId.toString()), deadline);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID pageId) {
        try {
            quartz.deleteJob(new JobKey(pageId.toString(), GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot cancel the escalation of page " + pageId, e);
        }
    }

    /** When the page escalates next, if it is waiting. */
    public Optional<Instant> next(UUID pageId) {
        return OneShotTrigger.next(quartz, new TriggerKey(pageId.toString(), GROUP));
    }
}
