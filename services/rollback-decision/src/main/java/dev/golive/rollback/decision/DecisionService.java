package dev.golive.rollback.decision;

import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.rollback.pnr.PointOfNoReturnSchedule;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.rollback.assessment.AssessmentRow;
import dev.golive.rollback.assessment.Reassessment;
import dev.golive.rollback.cutover.CutoverProjection;
import dev.golive.rollback.domain.DecisionKind;
import dev.golive.rollback.domain.DecisionRules;
import dev.golive.problems.field.FieldViolation;
import dev.golive.rollback.domain.RollbackWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Records the ops lead's decision to roll back or to proceed, with the assessment current at that
 * moment, and announces it ({@code RollbackDecided}). A refused decision (invalid input, a rollback
 * past the point of no return without the acknowledgement) changes nothing.
 */
@ApplicationScoped
public class DecisionService {

    /** The domain names the decision {@code kind}; the API body calls it {@code decision}. */
    private static final String DOMAIN_KIND_FIELD = "kind";
    static final String DECISION_FIELD = "decision";

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Reassessment reassessment;

    @Inject
    PointOfNoReturnSchedule pointOfNoReturn;

    @Transactional
    public DecisionView decide(UUID cutoverId, DecisionRequest request, String user) {
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lockExisting(cutoverId);
        if (cutover == null) {
            throw ProblemException.notFound("cutover", cutoverId);
        }
        if (cutover.cancelled()) {
            throw ProblemException.conflict("cutover-cancelled", "cutover " + cutoverId + " was cancelled at "
                    + cutover.cancelledAt + ": there is nothing to roll back", List.of("CUTOVER_CANCELLED"));
        }
        RollbackWindow window = cutover.window().orElseThrow(() -> ProblemException.conflict("no-window",
                "no go-live window of cutover " + cutoverId + " is known yet, so neither is its point of no return",
                List.of("NO_WINDOW")));

        List<FieldViolation> violations = new ArrayList<>();
        DecisionKind kind = parse(violations, request.decision());
        boolean acknowledged = Boolean.TRUE.equals(request.acknowledgePastPointOfNoReturn());
        for (FieldViolation v : DecisionRules.check(kind, request.rationale(), acknowledged, window, now)) {
            if (DOMAIN_KIND_FIELD.equals(v.field())) {
                if (violations.isEmpty()) {
                    violations.add(new FieldViolation(DECISION_FIELD, v.message()));
                }
            } else {
                violations.add(v);
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .toList());
        }

        // The decision rests on the verdict of this moment: bring the trail up to date first.
        reassessment.afterChange(cutoverId, "decision by " + user);
        AssessmentRow basis = AssessmentRow.latest(cutoverId);
        DecisionRow row = new DecisionRow();
        row.id = UUID.randomUUID();
        row.cutoverId = cutoverId;
        row.decision = kind;
        row.rationale = request.rationale().strip();
        row.afterPointOfNoReturn = DecisionRules.rollbackAfterPointOfNoReturn(kind, window, now);
        row.basedOnAssessmentId = basis == null ? null : basis.id;
        row.decidedBy = user;
        row.decidedAt = now;
        row.persist();
        if (kind == DecisionKind.ROLL_BACK) {
            // The go-live is being undone: its point of no return warns and passes for nobody any more.
            pointOfNoReturn.removeAll(cutoverId);
        }
        outbox.append(new RollbackDecided(cutoverId.toString(), row.id.toString(), kind.name(), row.rationale,
                row.basedOnAssessmentId == null ? null : row.basedOnAssessmentId.toString(), row.afterPointOfNoReturn,
                user, now));
        return view(row, basis);
    }

    static DecisionView view(DecisionRow row, AssessmentRow basis) {
        return new DecisionView(row.id, row.cutoverId, row.decision.name(), row.rationale, row.afterPointOfNoReturn,
                row.basedOnAssessmentId, basis == null ? null : basis.recommendation.name(), row.decidedBy,
                row.decidedAt);
    }

    private static DecisionKind parse(List<FieldViolation> violations, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(DECISION_FIELD, "is required: ROLL_BACK or PROCEED"));
            return null;
        }
        try {
            return DecisionKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(DECISION_FIELD, "'" + value + "' is not one of "
                    + Arrays.toString(DecisionKind.values())));
            return null;
        }
    }
}
