package dev.golive.rollback.assessment;

import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.rollback.RollbackConfig;
import dev.golive.rollback.cutover.CutoverProjection;
import dev.golive.rollback.domain.Assessment;
import dev.golive.rollback.domain.RollbackPolicies;
import dev.golive.rollback.domain.RollbackWindow;
import dev.golive.rollback.incident.IncidentRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Assesses a cutover again after something changed (an incident, the window, a trigger, the system
 * observed back, the runbook's projection of the upgrade), in the transaction of that change. A verdict that differs from the last recorded one
 * ({@link Assessment#sameVerdictAs}) is appended to the trail and announced once as
 * {@code RollbackAssessmentChanged}; the same verdict again is neither. The cutover's row is locked
 * first, so two changes of one cutover are assessed one after the other.
 */
@ApplicationScoped
public class Reassessment {

    private static final Logger LOG = Logger.getLogger(Reassessment.class);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    RollbackConfig config;

    /** The new verdict, when there is one. Nothing happens before a window is known, nor for a cancelled cutover. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AssessmentRow> afterChange(UUID cutoverId, String cause) {
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lock(cutoverId, now);
        if (cutover.cancelled()) {
            return Optional.empty();
        }
        Optional<RollbackWindow> window = cutover.window();
        if (window.isEmpty()) {
            LOG.debugf("no window of %s yet: nothing to assess after %s", cutoverId, cause);
            return Optional.empty();
        }
        Assessment current = assess(cutover, window.get(), now);
        AssessmentRow last = AssessmentRow.latest(cutoverId);
        if (last != null && current.sameVerdictAs(last.toDomain())) {
            return Optional.empty();
        }
        AssessmentRow row = AssessmentRow.of(cutoverId, current, cause, now);
        row.persist();
        outbox.append(new RollbackAssessmentChanged(cutoverId.toString(), row.id.toString(),
                current.recommendation().name(),
                current.reasons().stream().map(r -> r.policy() + ": " + r.explanation()).toList(),
                current.openIncidentIds().stream().map(UUID::toString).toList(),
                current.timeToPointOfNoReturn(), current.pointOfNoReturn(), current.rollbackWouldLose(), now,
                current.openIncidentCount()));
        LOG.infof("assessment of %s after %s: %s %s", cutoverId, cause, current.recommendation(), current.policies());
        return Optional.of(row);
    }

    /**
     * The assessment of the cutover's incidents and of the runbook's projection of its upgrade against
     * {@code window} at {@code now}; records nothing. The policies ask the incidents' indexes what
     * they need (how many, and the oldest few), so this costs the same however many incidents the
     * cutover has, and the assessment and its announcement stay small.
     */
    public Assessment assess(CutoverProjection cutover, RollbackWindow window, Instant now) {
        return RollbackPolicies.assess(IncidentRow.open(cutover.cutoverId), window, cutover.upgradeProjection(), cutover.zoneId(),
                config.warningHorizon(), now);
    }
}
