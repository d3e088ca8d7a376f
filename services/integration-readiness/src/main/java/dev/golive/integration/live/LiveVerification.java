package dev.golive.integration.live;

import dev.golive.contracts.integration.LiveVerificationScheduled;
import dev.golive.integration.integration.IntegrationRow;
import dev.golive.integration.probe.ProbeRow;
import dev.golive.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Plans the live verification when the upgraded production system is back: the integrations that
 * cannot be tested on staging and have probes get their probes run on production. Planned once per
 * window revision, in the transaction of the MilestoneReached event (LiveVerificationScheduled and a
 * one-shot Quartz trigger, at once or at the instant the system came back if that is still ahead);
 * the trigger runs {@link LiveVerificationRun}. An integration that cannot be tested on staging and has
 * no probe is left to its manual live checks.
 */
@ApplicationScoped
public class LiveVerification {

    private static final Logger LOG = Logger.getLogger(LiveVerification.class);

    static final String CUTOVER_ID = "cutoverId";
    static final String REVISION = "windowRevision";

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Scheduler quartz;

    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(UUID cutoverId, int windowRevision, Instant systemBackAt) {
        if (LiveVerificationRow.lock(cutoverId, windowRevision) != null) {
            LOG.infof("live verification of %s (revision %d) is already planned", cutoverId, windowRevision);
            return;
        }
        List<String> ids = new ArrayList<>();
        for (IntegrationRow integration : IntegrationRow.ofCutover(cutoverId)) {
            if (!integration.testableOnStaging && !ProbeRow.ofIntegration(integration.id).isEmpty()) {
                ids.add(integration.id.toString());
            }
        }
        Instant now = clock.instant();
        Instant runAt = systemBackAt != null && systemBackAt.isAfter(now) ? systemBackAt : now;
        LiveVerificationRow row = new LiveVerificationRow();
        row.key = new LiveVerificationRow.Key(cutoverId, windowRevision);
        row.integrationIds = ids;
        row.runAt = runAt;
        row.scheduledAt = now;
        if (ids.isEmpty()) {
            row.startedAt = now;
            row.completedAt = now;
            row.persist();
            LOG.infof("system of %s is back: no integration needs an automated live check", cutoverId);
            return;
        }
        row.persist();
        outbox.append(new LiveVerificationScheduled(cutoverId.toString(), List.copyOf(ids), runAt, now));
        trigger(cutoverId, windowRevision, runAt);
        LOG.infof("system of %s is back: live verification of %d integration(s) at %s", cutoverId, ids.size(), runAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(UUID cutoverId) {
        try {
            Set<JobKey> jobs = quartz.getJobKeys(GroupMatcher.jobGroupEquals(group(cutoverId)));
            quartz.deleteJobs(new ArrayList<>(jobs));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove the live verification of " + cutoverId, e);
        }
    }

    private void trigger(UUID cutoverId, int windowRevision, Instant at) {
        String name = "LIVE-r" + windowRevision;
        JobDetail job = JobBuilder.newJob(LiveVerificationJob.class)
                .withIdentity(new JobKey(name, group(cutoverId)))
                .withDescription("live verification of cutover " + cutoverId + ", window revision " + windowRevision)
                .usingJobData(CUTOVER_ID, cutoverId.toString())
                .usingJobData(REVISION, String.valueOf(windowRevision))
                .requestRecovery(true)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey(name, group(cutoverId)))
                .forJob(job)
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withRepeatCount(0)
                        .withMisfireHandlingInstructionFireNow())
                .build();
        try {
            quartz.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the live verification of " + cutoverId, e);
        }
    }

    public static String group(UUID cutoverId) {
        return "live-" + cutoverId;
    }
}
