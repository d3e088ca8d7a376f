package dev.golive.scheduling.trigger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.quartz.Job;
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
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one-shot Quartz triggers of a cutover, one group per cutover and kind ({@code <kind>-<cutoverId>},
 * e.g. {@code cutover-…} for milestones, {@code pnr-…} for the point of no return). The services run
 * Quartz on the clustered JDBC store that joins the caller's transaction ({@code jdbc-cmt}), so the
 * triggers appear, move and disappear together with the state that needs them, and only one instance
 * fires each. Every job is requested for recovery: a firing cut short by a crash runs again.
 */
@ApplicationScoped
public class CutoverTriggers {

    static final String CUTOVER_ID = "cutoverId";
    static final String NAME = "triggerName";
    static final String DUE_AT = "dueAt";
    static final Set<String> RESERVED_KEYS = Set.of(CUTOVER_ID, NAME, DUE_AT);

    private final Scheduler quartz;
    private final Deadlines deadlines;

    public CutoverTriggers(Scheduler quartz, Deadlines deadlines) {
        this.quartz = quartz;
        this.deadlines = deadlines;
    }

    /** Replaces every trigger of the cutover's group of this kind with {@code triggers}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String kind, UUID cutoverId, Class<? extends Job> job, Collection<OneShot> triggers) {
        removeAll(kind, cutoverId);
        for (OneShot trigger : triggers) {
            schedule(kind, cutoverId, job, trigger);
        }
    }

    /** Schedules one trigger, replacing the one of the same name in the group if there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(String kind, UUID cutoverId, Class<? extends Job> job, OneShot trigger) {
        String group = group(kind, cutoverId);
        deadlines.scheduled(group, job, trigger);
        scheduleInQuartz(group, trigger.name(), cutoverId, job, trigger, trigger.at());
    }

    /**
     * Another attempt at a deadline whose firing failed transiently, as a trigger of its own
     * ({@code <name>#retry-<n>}): the trigger that is firing cannot be rescheduled while it fires.
     */
    void retry(String group, Class<? extends Job> job, Firing firing, int attempt, Instant at) {
        OneShot again = OneShot.fireOnceLate(firing.name(), at, "attempt " + (attempt + 1) + " of " + firing.name()
                + " of " + group, firing.data());
        scheduleInQuartz(group, firing.name() + Deadlines.RETRY_SUFFIX + attempt, firing.cutoverId(), job,
                again, firing.dueAt());
    }

    /** Fires a due deadline that has lost its trigger, now, once (the sweep). */
    void fireNow(Deadlines.Deadline deadline, Instant now, Class<? extends Job> job) {
        OneShot late = OneShot.fireOnceLate(deadline.name(), now, deadline.description() + " (late)", deadline.data());
        scheduleInQuartz(deadline.group(), deadline.name() + "#sweep", deadline.cutoverId(), job, late, deadline.dueAt());
    }

    /**
     * Removes the trigger each deadline was scheduled with, in the caller's transaction: a burst fired
     * them. A trigger another instance already took fires nothing (Quartz finds it gone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void removeOwnTriggers(Collection<Deadlines.Deadline> fired) {
        if (fired.isEmpty()) {
            return;
        }
        try {
            quartz.deleteJobs(fired.stream().map(d -> new JobKey(d.name(), d.group())).toList());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove the triggers of " + fired.size() + " fired deadlines", e);
        }
    }

    /** True when the deadline still has a trigger of its own, a retry or a sweep waiting. */
    boolean hasTrigger(String group, String name) {
        try {
            return quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(group)).stream()
                    .anyMatch(key -> key.getName().equals(name) || key.getName().startsWith(name + "#"));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the triggers of " + group, e);
        }
    }

    /**
     * Schedules {@code trigger} under the Quartz key {@code key}; {@code dueAt} is when the deadline was
     * due (a retry or a late firing keeps the original instant, so the firing knows how late it is).
     */
    private void scheduleInQuartz(String group, String key, UUID cutoverId, Class<? extends Job> job, OneShot trigger,
                                  Instant dueAt) {
        JobBuilder builder = JobBuilder.newJob(job)
                .withIdentity(new JobKey(key, group))
                .withDescription(trigger.description())
                .usingJobData(CUTOVER_ID, cutoverId.toString())
                .usingJobData(NAME, trigger.name())
                .usingJobData(DUE_AT, dueAt.toString())
                .requestRecovery(true);
        trigger.data().forEach(builder::usingJobData);
        JobDetail detail = builder.build();
        SimpleScheduleBuilder once = SimpleScheduleBuilder.simpleSchedule().withRepeatCount(0);
        once = trigger.misfire() == OneShot.Misfire.FIRE_ONCE_LATE
                ? once.withMisfireHandlingInstructionFireNow()
                : once.withMisfireHandlingInstructionNextWithRemainingCount();
        Trigger quartzTrigger = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey(key, group))
                .forJob(detail)
                .startAt(Date.from(trigger.at()))
                .withSchedule(once)
                .build();
        try {
            quartz.scheduleJob(detail, Set.of(quartzTrigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + trigger.description(), e);
        }
    }

    /** Removes one trigger (and its job) of the group; nothing happens when it is not there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(String kind, UUID cutoverId, String name) {
        String group = group(kind, cutoverId);
        deadlines.removed(group, name);
        try {
            for (JobKey key : quartz.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
                if (key.getName().equals(name) || key.getName().startsWith(name + "#")) {
                    quartz.deleteJob(key);
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove " + name + " of " + group(kind, cutoverId), e);
        }
    }

    /** Removes every trigger (and job) of the cutover's group of this kind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(String kind, UUID cutoverId) {
        deadlines.removedAll(group(kind, cutoverId));
        try {
            Set<JobKey> jobs = quartz.getJobKeys(GroupMatcher.jobGroupEquals(group(kind, cutoverId)));
            quartz.deleteJobs(new ArrayList<>(jobs));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove the triggers of " + group(kind, cutoverId), e);
        }
    }

    /** When each trigger of the group fires next, by name (sorted); a spent trigger is not listed. */
    public Map<String, Instant> nextFireTimes(String kind, UUID cutoverId) {
        try {
            Map<String, Instant> next = new TreeMap<>();
            for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(group(kind, cutoverId)))) {
                Optional.ofNullable(quartz.getTrigger(key)).map(Trigger::getNextFireTime)
                        .ifPresent(at -> next.put(key.getName(), at.toInstant()));
            }
            return next;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the triggers of " + group(kind, cutoverId), e);
        }
    }

    /** When the named trigger fires next, if it is still scheduled. */
    public Optional<Instant> nextFireTime(String kind, UUID cutoverId, String name) {
        try {
            return Optional.ofNullable(quartz.getTrigger(new TriggerKey(name, group(kind, cutoverId))))
                    .map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read " + name + " of " + group(kind, cutoverId), e);
        }
    }

    /** The Quartz group of a cutover's triggers of one kind. */
    public static String group(String kind, UUID cutoverId) {
        return kind + "-" + cutoverId;
    }
}
