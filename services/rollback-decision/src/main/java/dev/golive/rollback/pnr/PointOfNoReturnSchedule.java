package dev.golive.rollback.pnr;

import dev.golive.rollback.RollbackConfig;
import dev.golive.rollback.domain.PlannedTrigger;
import dev.golive.rollback.domain.PointOfNoReturnTriggers;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.OneShot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * The one-shot triggers around a cutover's point of no return ({@link CutoverTriggers} of kind
 * {@code pnr}), as {@link PointOfNoReturnTriggers#plan planned} from the configured warnings: one per
 * warning ({@code APPROACHING-PT4H}, {@code APPROACHING-PT1H}) and {@code PASSED}. Each trigger is
 * announced once per point of no return: {@code pnr_trigger_fired} remembers which fired.
 */
@ApplicationScoped
public class PointOfNoReturnSchedule {

    /** The kind of these triggers, so their Quartz group is {@code pnr-<cutoverId>}, as it always was. */
    static final String KIND = "pnr";
    static final String REVISION = "windowRevision";
    static final String PLANNED_KIND = "kind";
    static final String POINT_OF_NO_RETURN = "pointOfNoReturn";
    static final String TIME_LEFT = "timeLeft";

    private final CutoverTriggers triggers;
    private final RollbackConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    public PointOfNoReturnSchedule(CutoverTriggers triggers, RollbackConfig config, EntityManager entityManager,
                                   Clock clock) {
        this.triggers = triggers;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Replaces every trigger of the cutover with those of the given point of no return. A trigger
     * that already fired for this same point of no return (the window moved, the point did not) is
     * not planned again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(UUID cutoverId, int windowRevision, Instant pointOfNoReturn) {
        triggers.replace(KIND, cutoverId, PointOfNoReturnJob.class,
                PointOfNoReturnTriggers.plan(pointOfNoReturn, config.pnrWarnings(), clock.instant()).stream()
                        .filter(planned -> !alreadyFired(cutoverId, pointOfNoReturn, name(planned)))
                        .map(planned -> oneShot(cutoverId, windowRevision, pointOfNoReturn, planned))
                        .toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(UUID cutoverId) {
        triggers.removeAll(KIND, cutoverId);
    }

    /** When each scheduled trigger of the cutover fires next, by name. */
    public Map<String, Instant> scheduled(UUID cutoverId) {
        return triggers.nextFireTimes(KIND, cutoverId);
    }

    /** {@code APPROACHING-PT4H}, {@code APPROACHING-PT1H}, {@code PASSED}. */
    static String name(PlannedTrigger trigger) {
        return trigger.kind() == PlannedTrigger.Kind.PASSED ? "PASSED" : "APPROACHING-" + trigger.timeLeft();
    }

    /**
     * Records that a trigger fired for a point of no return; false when it had already fired
     * (Quartz recovering a job, or a reschedule that kept the point).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean firstFiring(UUID cutoverId, Instant pointOfNoReturn, String name, int windowRevision, Instant now) {
        return entityManager.createNativeQuery("""
                        INSERT INTO pnr_trigger_fired (cutover_id, point_of_no_return, trigger_name, window_revision, fired_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, cutoverId)
                .setParameter(2, utc(pointOfNoReturn))
                .setParameter(3, name)
                .setParameter(4, windowRevision)
                .setParameter(5, utc(now))
                .executeUpdate() == 1;
    }

    private boolean alreadyFired(UUID cutoverId, Instant pointOfNoReturn, String name) {
        return ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM pnr_trigger_fired
                        WHERE cutover_id = ?1 AND point_of_no_return = ?2 AND trigger_name = ?3""")
                .setParameter(1, cutoverId)
                .setParameter(2, utc(pointOfNoReturn))
                .setParameter(3, name)
                .getSingleResult()).longValue() > 0;
    }

    /**
     * Fires once, late, when missed while every instance was down: the firing then tells the time
     * actually left. The trigger's instant travels as the firing's {@code dueAt}.
     */
    private static OneShot oneShot(UUID cutoverId, int windowRevision, Instant pointOfNoReturn, PlannedTrigger planned) {
        return OneShot.fireOnceLate(name(planned), planned.at(),
                name(planned) + " of the point of no return of cutover " + cutoverId,
                Map.of(REVISION, String.valueOf(windowRevision), PLANNED_KIND, planned.kind().name(),
                        POINT_OF_NO_RETURN, pointOfNoReturn.toString(), TIME_LEFT, planned.timeLeft().toString()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
