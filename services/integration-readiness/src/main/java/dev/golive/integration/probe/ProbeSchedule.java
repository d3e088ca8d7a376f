package dev.golive.integration.probe;

import dev.golive.integration.IntegrationConfig;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The scheduled probe runs of a cutover: one one-shot Quartz trigger per configured offset before
 * the downtime start ({@code BEFORE-P7D}, {@code BEFORE-P1D}), in the clustered JDBC store. An offset
 * whose instant is already past is skipped. The store joins the caller's transaction (jdbc-cmt), so
 * the triggers move together with the window that needs them.
 */
@ApplicationScoped
public class ProbeSchedule {

    static final String CUTOVER_ID = "cutoverId";
    static final String REVISION = "windowRevision";
    static final String NAME = "name";
    // Job data holds strings only: the clustered store keeps it as properties, not serialised objects.

    @Inject
    Scheduler quartz;

    @Inject
    IntegrationConfig config;

    @Inject
    Clock clock;

    /** One planned run: its trigger name and instant. */
    public record PlannedRun(String name, Instant at) {
    }

    /** The runs of a window whose downtime starts at {@code downtimeStart}, past ones left out, earliest first. */
    public static List<PlannedRun> plan(Instant downtimeStart, List<Duration> offsets, Instant now) {
        List<PlannedRun> runs = new ArrayList<>();
        for (Duration offset : offsets) {
            Instant at = downtimeStart.minus(offset);
            if (at.isAfter(now)) {
                runs.add(new PlannedRun(name(offset), at));
            }
        }
        runs.sort((a, b) -> a.at().compareTo(b.at()));
        return List.copyOf(runs);
    }

    static String name(Duration offset) {
        long seconds = offset.getSeconds();
        String text = seconds % 86_400 == 0 ? "P" + seconds / 86_400 + "D" : offset.toString();
        return "BEFORE-" + text;
    }

    /** Replaces every scheduled probe run of the cutover with those of the new downtime start. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlannedRun> replace(UUID cutoverId, int windowRevision, Instant downtimeStart) {
        removeAll(cutoverId);
        List<PlannedRun> runs = plan(downtimeStart, config.probes().scheduleBeforeDowntime(), clock.instant());
        for (PlannedRun run : runs) {
            schedule(cutoverId, windowRevision, run);
        }
        return runs;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(UUID cutoverId) {
        try {
            Set<JobKey> jobs = quartz.getJobKeys(GroupMatcher.jobGroupEquals(group(cutoverId)));
            quartz.deleteJobs(new ArrayList<>(jobs));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove the probe runs of " + cutoverId, e);
        }
    }

    /** When each scheduled run of the cutover fires next, by name. */
    public Map<String, Instant> scheduled(UUID cutoverId) {
        try {
            Map<String, Instant> next = new TreeMap<>();
            for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(group(cutoverId)))) {
                Optional.ofNullable(quartz.getTrigger(key)).map(Trigger::getNextFireTime)
                        .ifPresent(at -> next.put(key.getName(), at.toInstant()));
            }
            return next;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private void schedule(UUID cutoverId, int windowRevision, PlannedRun run) {
        JobDetail job = JobBuilder.newJob(ProbeRunJob.class)
                .withIdentity(new JobKey(run.name(), group(cutoverId)))
                .withDescription("probe run " + run.name() + " of cutover " + cutoverId)
                .usingJobData(CUTOVER_ID, cutoverId.toString())
                .usingJobData(REVISION, String.valueOf(windowRevision))
                .usingJobData(NAME, run.name())
                .requestRecovery(true)
                .build();
        // Fire-now on misfire: a run missed while every instance was down happens once, as soon as one is back.
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey(run.name(), group(cutoverId)))
                .forJob(job)
                .startAt(Date.from(run.at()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withRepeatCount(0)
                        .withMisfireHandlingInstructionFireNow())
                .build();
        try {
            quartz.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + run.name() + " of " + cutoverId, e);
        }
    }

    public static String group(UUID cutoverId) {
        return "probes-" + cutoverId;
    }
}
