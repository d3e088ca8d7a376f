package dev.golive.notification.reminder;

import dev.golive.notification.NotificationConfig;
import dev.golive.notification.cutover.CutoverProjection;
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
 * The one-shot Quartz trigger that fires UPDATE_OVERDUE when business stakeholders got no update
 * within the interval during the go-live; moved forward by every update, removed when the go-live
 * ends or the cutover is cancelled. Stored with the caller's transaction (jdbc-cmt).
 */
@ApplicationScoped
public class UpdateClock {

    static final String CUTOVER_ID = "cutoverId";
    static final String DUE_BY = "dueBy";
    static final String GROUP = "update-overdue";

    @Inject
    Scheduler quartz;

    @Inject
    NotificationConfig config;

    /** The last update went out at {@code lastUpdateAt}: the next one is due an interval later. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restart(CutoverProjection cutover, Instant lastUpdateAt) {
        Instant dueBy = lastUpdateAt.plus(config.updateInterval());
        OneShotTrigger.schedule(quartz, UpdateOverdueJob.class, key(cutover.cutoverId),
                "update overdue of cutover " + cutover.cutoverId,
                Map.of(CUTOVER_ID, cutover.cutoverId.toString(), DUE_BY, dueBy.toString()), dueBy);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(UUID cutoverId) {
        try {
            quartz.deleteJob(key(cutoverId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot stop the update clock of " + cutoverId, e);
        }
    }

    /** When the overdue reminder fires next, if it is set. */
    public Optional<Instant> next(UUID cutoverId) {
        return OneShotTrigger.next(quartz, new TriggerKey(cutoverId.toString(), GROUP));
    }

    private static JobKey key(UUID cutoverId) {
        return new JobKey(cutoverId.toString(), GROUP);
    }
}
