package dev.golive.notification.domain;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.rollback.PointOfNoReturnApproaching;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.rollback.RollbackDecided;

import java.util.List;

import static dev.golive.notification.domain.EventValues.strings;
import static dev.golive.notification.domain.EventValues.upper;
import static dev.golive.notification.domain.Facts.*;

/** What the events of the rollback decision mean to people (see the table of {@link Notices}). */
final class RollbackNotices {

    private RollbackNotices() {
    }

    static List<Notice> from(NoticeMaker m, GoliveEvent event, CutoverContext context) {
        if (event instanceof RollbackAssessmentChanged e) {
            Severity severity = "FIX_FORWARD".equals(upper(e.recommendation())) ? Severity.NOTICE : Severity.CRITICAL;
            return m.one(NoticeKind.ROLLBACK_ASSESSMENT, severity, e.assessedAt(),
                    m.facts().put(RECOMMENDATION, e.recommendation()).put(REASONS, strings(e.reasons()))
                            .put(OPEN_INCIDENTS, Math.toIntExact(e.openIncidents()))
                            .put(POINT_OF_NO_RETURN, e.pointOfNoReturn()).put(TIME_LEFT, e.timeToPointOfNoReturn())
                            .put(ROLLBACK_WOULD_LOSE, e.rollbackWouldLose()));
        }
        if (event instanceof PointOfNoReturnApproaching e) {
            if (e.windowRevision() < context.windowRevision()) {
                return List.of();
            }
            return m.one(NoticeKind.POINT_OF_NO_RETURN_APPROACHING, Severity.WARNING, e.at(),
                    m.facts().put(POINT_OF_NO_RETURN, e.pointOfNoReturn()).put(TIME_LEFT, e.timeLeft())
                            .firedLateMillis(e.latenessMillis()));
        }
        if (event instanceof PointOfNoReturnPassed e) {
            if (e.windowRevision() < context.windowRevision()) {
                return List.of();
            }
            return m.one(NoticeKind.POINT_OF_NO_RETURN_PASSED, Severity.NOTICE, e.at(),
                    m.facts().put(POINT_OF_NO_RETURN, e.pointOfNoReturn()).firedLateMillis(e.latenessMillis()));
        }
        if (event instanceof RollbackDecided e) {
            Severity severity = "ROLL_BACK".equals(upper(e.decision())) ? Severity.WARNING : Severity.NOTICE;
            return m.one(NoticeKind.ROLLBACK_DECIDED, severity, e.decidedAt(),
                    m.facts().put(DECISION, e.decision()).put(RATIONALE, e.rationale())
                            .put(AFTER_POINT_OF_NO_RETURN, e.afterPointOfNoReturn()).by(e.decidedBy()));
        }
        return List.of();
    }
}
