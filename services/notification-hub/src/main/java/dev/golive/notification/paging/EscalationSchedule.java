package dev.golive.notification.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
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
        JobDetail job = JobBuilder.newJob(EscalationJob.class)
                .withIdentity(new JobKey(pageId.toString(), GROUP))
                .withDescription("escalation of page " + pageId)
                .usingJobData(PAGE_ID, pageId.toString())
                .requestRecovery(true)
                .build();
        // Fire-now on misfire: an escalation missed while every instance was down happens on recovery.
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey(pageId.toString(), GROUP))
                .forJob(job)
                .startAt(Date.from(deadline))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withRepeatCount(0)
                        .withMisfireHandlingInstructionFireNow())
                .build();
        try {
            quartz.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the escalation of page " + pageId, e);
        }
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
        try {
            return Optional.ofNullable(quartz.getTrigger(new TriggerKey(pageId.toString(), GROUP)))
                    .map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}
