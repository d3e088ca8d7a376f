package dev.golive.rollback.decision;

import dev.golive.rollback.domain.DecisionKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A decision of the ops lead: appended to the audit trail, never updated or deleted (the table refuses it). */
@Entity
@Table(name = "rollback_decision")
public class DecisionRow extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Position in the cutover's audit trail, shared with the assessments; assigned by the database. */
    @Column(name = "audit_seq", insertable = false, updatable = false)
    public Long auditSeq;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionKind decision;

    @Column(nullable = false)
    public String rationale;

    @Column(name = "after_point_of_no_return", nullable = false)
    public boolean afterPointOfNoReturn;

    @Column(name = "based_on_assessment_id")
    public UUID basedOnAssessmentId;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public static List<DecisionRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by auditSeq", cutoverId);
    }
}
