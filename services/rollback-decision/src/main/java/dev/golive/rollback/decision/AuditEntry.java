package dev.golive.rollback.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.golive.rollback.assessment.AssessmentRow;
import dev.golive.rollback.domain.Reason;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the audit trail: a new verdict of the service ({@code ASSESSMENT}, {@code by} the
 * service, {@code why} what made it assess again) or a decision ({@code DECISION}, by the ops lead,
 * {@code why} the rationale).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(String kind, UUID id, Instant at, String by, String why,
                         String recommendation, List<Reason> reasons, List<UUID> openIncidentIds,
                         Long openIncidentCount,
                         Instant pointOfNoReturn, Duration timeToPointOfNoReturn, Duration rollbackWouldLose,
                         String decision, Boolean afterPointOfNoReturn, UUID basedOnAssessmentId) {

    static final String SERVICE = "rollback-decision";

    static AuditEntry of(AssessmentRow a) {
        return new AuditEntry("ASSESSMENT", a.id, a.assessedAt, SERVICE, a.cause, a.recommendation.name(),
                a.reasons(), a.openIncidentIds(), a.openIncidents(), a.pointOfNoReturn, a.timeToPointOfNoReturn(), a.rollbackWouldLose(),
                null, null, null);
    }

    static AuditEntry of(DecisionRow d) {
        return new AuditEntry("DECISION", d.id, d.decidedAt, d.decidedBy, d.rationale, null, null, null, null, null,
                null, null, d.decision.name(), d.afterPointOfNoReturn, d.basedOnAssessmentId);
    }
}
