package dev.golive.planner.milestone;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.OneShot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One one-shot trigger per milestone of the current window ({@link CutoverTriggers}, group
 * {@code cutover-<id>}), replaced together with the window in the caller's transaction. A milestone
 * missed while every instance was down fires once, late, and {@link MilestoneFiring} says how late.
 */
@ApplicationScoped
public class MilestoneTriggers {

    static final String KIND = "cutover";
    static final String REVISION = "windowRevision";

    private final CutoverTriggers triggers;

    public MilestoneTriggers(CutoverTriggers triggers) {
        this.triggers = triggers;
    }

    /** Replaces every trigger of the cutover with one per milestone of the given window. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(UUID cutoverId, int windowRevision, List<MilestoneTime> milestones) {
        triggers.replace(KIND, cutoverId, MilestoneJob.class, milestones.stream()
                .map(time -> OneShot.fireOnceLate(time.milestone().name(), time.instant(),
                        time.milestone() + " of cutover " + cutoverId, Map.of(REVISION, String.valueOf(windowRevision))))
                .toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(UUID cutoverId) {
        triggers.removeAll(KIND, cutoverId);
    }

    /** When the milestone's trigger will fire next, if it is still scheduled. */
    public Optional<Instant> nextFire(UUID cutoverId, Milestone milestone) {
        return triggers.nextFireTime(KIND, cutoverId, milestone.name());
    }

    /** How many milestone triggers of the cutover are still to fire. */
    public int count(UUID cutoverId) {
        return triggers.nextFireTimes(KIND, cutoverId).size();
    }
}
