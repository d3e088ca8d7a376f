package dev.golive.staging.freshness;

import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.DeadlineJob;
import dev.golive.scheduling.trigger.Deadlines;
import dev.golive.scheduling.trigger.Firing;
import dev.golive.scheduling.trigger.OneShot;
import jakarta.enterprise.context.Dependent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The refresh deadline trigger of a cutover ({@code CutoverTriggers}, group {@code cutover-<id>}, the
 * group stored triggers already have) and what it runs: hands over to {@link RefreshDeadlineFiring}.
 */
@Dependent
public class RefreshDeadlineJob extends DeadlineJob {

    public static final String KIND = "cutover";
    public static final String NAME = "STAGING_REFRESH_DEADLINE";
    static final String REVISION = "windowRevision";

    private final RefreshDeadlineFiring firing;

    public RefreshDeadlineJob(RefreshDeadlineFiring firing, Deadlines deadlines, CutoverTriggers triggers) {
        super(deadlines, triggers);
        this.firing = firing;
    }

    /** The trigger of a window's refresh deadline: missed while the service was down, it is judged once, late. */
    public static OneShot trigger(UUID cutoverId, int windowRevision, Instant deadline) {
        return OneShot.fireOnceLate(NAME, deadline, "staging refresh deadline of cutover " + cutoverId,
                Map.of(REVISION, String.valueOf(windowRevision)));
    }

    /** Every cutover's refresh deadline may fall at the same instant (a Friday evening's downtime start). */
    @Override
    protected int burst() {
        return USUAL_BURST;
    }

    @Override
    protected void fire(Firing fired) {
        firing.reached(fired.cutoverId(), Integer.parseInt(fired.get(REVISION)), fired.dueAt());
    }
}
