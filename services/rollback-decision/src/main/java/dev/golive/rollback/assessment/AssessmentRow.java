package dev.golive.rollback.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.rollback.domain.Assessment;
import dev.golive.rollback.domain.Reason;
import dev.golive.rollback.domain.Recommendation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A verdict that was new when it was reached: one row per change, never updated or deleted (the
 * table refuses it), read back in {@code auditSeq} order as part of the audit trail.
 */
@Entity
@Table(name = "rollback_assessment")
public class AssessmentRow extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
    };
    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
    };

    @Id
    public UUID id;

    /** Position in the cutover's audit trail, shared with the decisions; assigned by the database. */
    @Column(name = "audit_seq", insertable = false, updatable = false)
    public Long auditSeq;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recommendation recommendation;

    @Column(name = "reasons", nullable = false)
    public String reasonsJson;

    /** The oldest few open incidents (every one, in rows recorded before {@link #openIncidentCount}). */
    @Column(name = "open_incident_ids", nullable = false)
    public String openIncidentIdsJson;

    /** How many incidents were open; null in rows recorded before it, which name them all. */
    @Column(name = "open_incident_count")
    public Integer openIncidentCount;

    @Column(name = "point_of_no_return", nullable = false)
    public Instant pointOfNoReturn;

    @Column(name = "time_to_pnr_ms", nullable = false)
    public long timeToPointOfNoReturnMillis;

    @Column(name = "rollback_would_lose_ms", nullable = false)
    public long rollbackWouldLoseMillis;

    @Column(nullable = false)
    public String cause;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    static AssessmentRow of(UUID cutoverId, Assessment assessment, String cause, Instant now) {
        AssessmentRow row = new AssessmentRow();
        row.id = UUID.randomUUID();
        row.cutoverId = cutoverId;
        row.recommendation = assessment.recommendation();
        row.reasonsJson = write(assessment.reasons());
        row.openIncidentIdsJson = write(assessment.openIncidentIds());
        row.openIncidentCount = Math.toIntExact(assessment.openIncidentCount());
        row.pointOfNoReturn = assessment.pointOfNoReturn();
        row.timeToPointOfNoReturnMillis = assessment.timeToPointOfNoReturn().toMillis();
        row.rollbackWouldLoseMillis = assessment.rollbackWouldLose().toMillis();
        row.cause = cause.length() > 200 ? cause.substring(0, 200) : cause;
        row.assessedAt = now;
        return row;
    }

    public Assessment toDomain() {
        return new Assessment(recommendation, reasons(), openIncidentIds(), openIncidents(), timeToPointOfNoReturn(),
                rollbackWouldLose(), pointOfNoReturn);
    }

    /** How many incidents were open. */
    public long openIncidents() {
        return openIncidentCount != null ? openIncidentCount : openIncidentIds().size();
    }

    public List<Reason> reasons() {
        return read(reasonsJson, REASONS);
    }

    public List<UUID> openIncidentIds() {
        return read(openIncidentIdsJson, IDS);
    }

    public Duration timeToPointOfNoReturn() {
        return Duration.ofMillis(timeToPointOfNoReturnMillis);
    }

    public Duration rollbackWouldLose() {
        return Duration.ofMillis(rollbackWouldLoseMillis);
    }

    /** The latest recorded verdict of the cutover, or null. */
    public static AssessmentRow latest(UUID cutoverId) {
        return find("cutoverId = ?1 order by auditSeq desc", cutoverId).firstResult();
    }

    public static List<AssessmentRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by auditSeq", cutoverId);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable assessment column: " + e.getOriginalMessage(), e);
        }
    }
}
