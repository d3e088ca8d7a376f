package dev.golive.notification.reminder;

import dev.golive.notification.NotificationConfig;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.OneShot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The one-shot trigger that fires UPDATE_OVERDUE when business stakeholders got no update within
 * the interval during the go-live ({@link CutoverTriggers} of kind {@code update-overdue}, one per
 * cutover); moved forward by every update, removed when the go-live ends or the cutover is
 * cancelled. The firing's {@code dueAt} is the deadline that was missed.
 */
@ApplicationScoped
public class UpdateClock {

    static final String KIND = "update-overdue";
    static final String NAME = "UPDATE_OVERDUE";

    private final CutoverTriggers triggers;
    private final NotificationConfig config;

    public UpdateClock(CutoverTriggers triggers, NotificationConfig config) {
        this.triggers = triggers;
        this.config = config;
    }

    /** The last update went out at {@code lastUpdateAt}: the next one is due an interval later. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restart(CutoverProjection cutover, Instant lastUpdateAt) {
        Instant dueBy = lastUpdateAt.plus(config.updateInterval());
        triggers.schedule(KIND, cutover.cutoverId, UpdateOverdueJob.class,
                OneShot.fireOnceLate(NAME, dueBy, "update overdue of cutover " + cutover.cutoverId, Map.of()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(UUID cutoverId) {
        triggers.remove(KIND, cutoverId, NAME);
    }
}
