package dev.golive.rollback.incident;

import dev.golive.rollback.domain.BusinessFlow;
import dev.golive.rollback.domain.Incident;
import dev.golive.rollback.domain.IncidentStatus;
import dev.golive.rollback.domain.OpenIncidents;
import dev.golive.rollback.domain.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An incident as stored; {@link #toDomain()} is what the rules and policies see. */
@Entity
@Table(name = "incident")
public class IncidentRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_flow", nullable = false)
    public BusinessFlow businessFlow;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "system_usable", nullable = false)
    public boolean systemUsable;

    @Column(name = "data_integrity_at_risk", nullable = false)
    public boolean dataIntegrityAtRisk;

    @Column(name = "workaround_exists", nullable = false)
    public boolean workaroundExists;

    /** Seconds. */
    @Column(name = "estimated_time_to_fix")
    public Long estimatedTimeToFixSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentStatus status;

    @Column(nullable = false)
    public String source;

    @Column(name = "source_ref")
    public String sourceRef;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public String resolution;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Version
    public long version;

    public Duration estimatedTimeToFix() {
        return estimatedTimeToFixSeconds == null ? null : Duration.ofSeconds(estimatedTimeToFixSeconds);
    }

    public void estimatedTimeToFix(Duration estimate) {
        estimatedTimeToFixSeconds = estimate == null ? null : estimate.getSeconds();
    }

    public Incident toDomain() {
        return new Incident(id, cutoverId.toString(), title, description, businessFlow, severity, systemUsable,
                dataIntegrityAtRisk, workaroundExists, estimatedTimeToFix(), status, source, sourceRef, reportedAt);
    }

    /** A new row for a new incident, reported by {@code reportedBy} (a person or the detecting service). */
    static IncidentRow opened(Incident incident, String reportedBy, Instant at) {
        IncidentRow row = new IncidentRow();
        row.id = incident.id();
        row.cutoverId = UUID.fromString(incident.cutoverId());
        row.take(incident);
        row.source = incident.source();
        row.sourceRef = incident.sourceRef();
        row.reportedBy = reportedBy;
        row.reportedAt = incident.reportedAt();
        row.updatedBy = reportedBy;
        row.updatedAt = at;
        return row;
    }

    /** Takes what the revised incident says, changed by {@code by} at {@code at}. */
    void revised(Incident incident, String by, Instant at) {
        take(incident);
        updatedBy = by;
        updatedAt = at;
    }

    /** Copies what the incident says (not its id, cutover, source or report time). */
    private void take(Incident incident) {
        title = incident.title();
        description = incident.description();
        businessFlow = incident.businessFlow();
        severity = incident.severity();
        systemUsable = incident.systemUsable();
        dataIntegrityAtRisk = incident.dataIntegrityAtRisk();
        workaroundExists = incident.workaroundExists();
        estimatedTimeToFix(incident.estimatedTimeToFix());
        status = incident.status();
    }

    /**
     * What the rollback policies ask of the cutover's open incidents, answered from the indexes of
     * their questions (a few rows and a count each), not by reading every incident.
     */
    public static OpenIncidents open(UUID cutoverId) {
        return new StoredOpenIncidents(getEntityManager(), cutoverId);
    }

    public static List<IncidentRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by reportedAt, id", cutoverId);
    }

    public static Optional<IncidentRow> of(UUID cutoverId, UUID incidentId) {
        return find("cutoverId = ?1 and id = ?2", cutoverId, incidentId).firstResultOptional();
    }

    /** The incident a detection of {@code source} with {@code sourceRef} opened, while it is not resolved. */
    public static Optional<IncidentRow> openFromSource(UUID cutoverId, String source, String sourceRef) {
        // The predicate of the unique partial index incident_source_ref_idx, written out: with the status
        // as a parameter PostgreSQL could not prove it and might scan every incident of the cutover.
        @SuppressWarnings("unchecked")
        List<IncidentRow> rows = getEntityManager().createNativeQuery("SELECT * FROM incident WHERE cutover_id = ?1"
                        + " AND source = ?2 AND source_ref = ?3 AND source_ref IS NOT NULL AND status <> 'RESOLVED'",
                        IncidentRow.class)
                .setParameter(1, cutoverId).setParameter(2, source).setParameter(3, sourceRef).getResultList();
        return rows.stream().findFirst();
    }
}
