package dev.golive.planner.milestone;

import dev.golive.contracts.cutover.MilestoneTime;
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
import org.quartz.impl.matchers.GroupMatcher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One one-shot Quartz trigger per milestone, at its UTC instant, in the clustered JDBC store.
 * The store joins the caller's transaction (jdbc-cmt), so triggers appear and disappear
 * together with the window that needs them.
 */
@ApplicationScoped
public class MilestoneTriggers {

    static final String CUTOVER_ID = "cutoverId";
    static final String MILESTONE = "milestone";
    static final String REVISION = "windowRevision";
    // Job data holds strings only: the clustered store keeps it as properties, not serialised objects.

    @Inject
    Scheduler quartz;

    /** Replaces every trigger of the cutover with one per milestone of the given window. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(UUID cutoverId, int windowRevision, List<MilestoneTime> milestones) {
        removeAll(cutoverId);
        for (MilestoneTime time : milestones) {
            JobDetail job = JobBuilder.newJob(MilestoneJob.class)
                    .withIdentity(jobKey(cutoverId, time))
                    .withDescription(time.milestone() + " of cutover " + cutoverId)
                    .usingJobData(CUTOVER_ID, cutoverId.toString())
                    .usingJobData(MILESTONE, time.milestone().name())
                    .usingJobData(REVISION, String.valueOf(windowRevision))
                    .requestRecovery(true)
                    .build();
            // Fire-now on misfire: a milestone missed while the service was down fires once,
            // as soon as a scheduler is back, and the job marks it late.
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(triggerKey(cutoverId, time))
                    .forJob(job)
                    .startAt(Date.from(time.instant()))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withRepeatCount(0)
                            .withMisfireHandlingInstructionFireNow())
                    .build();
            try {
                quartz.scheduleJob(job, Set.of(trigger), true);
            } catch (SchedulerException e) {
                throw new IllegalStateException("cannot schedule " + time.milestone() + " of " + cutoverId, e);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(UUID cutoverId) {
        try {
            Set<JobKey> jobs = quartz.getJobKeys(GroupMatcher.jobGroupEquals(group(cutoverId)));
            quartz.deleteJobs(new ArrayList<>(jobs));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove the triggers of " + cutoverId, e);
        }
    }

    /** When the milestone's trigger will fire next, if it is still scheduled. */
    public Optional<Instant> nextFire(UUID cutoverId, dev.golive.contracts.cutover.Milestone milestone) {
        try {
            Trigger trigger = quartz.getTrigger(new TriggerKey(milestone.name(), group(cutoverId)));
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public int count(UUID cutoverId) {
        try {
            return quartz.getTriggerKeys(org.quartz.impl.matchers.GroupMatcher.triggerGroupEquals(group(cutoverId)))
                    .size();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JobKey jobKey(UUID cutoverId, MilestoneTime time) {
        return new JobKey(time.milestone().name(), group(cutoverId));
    }

    private static TriggerKey triggerKey(UUID cutoverId, MilestoneTime time) {
        return new TriggerKey(time.milestone().name(), group(cutoverId));
    }

    private static String group(UUID cutoverId) {
        return "cutover-" + cutoverId;
    }
}
