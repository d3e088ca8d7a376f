package dev.golive.planner.gonogo;

import dev.golive.planner.domain.CriticalIncidents;
import dev.golive.planner.domain.Incident;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One incident of a cutover as the go/no-go gate knows it (IncidentReported/Updated/Resolved). */
@Entity
@Table(name = "gate_incident")
@IdClass(IncidentRow.Key.class)
public class IncidentRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Id
    @Column(name = "incident_id")
    public String incidentId;

    public String title;
    public String severity;
    public String status;

    @Column(name = "reported_at")
    public Instant reportedAt;

    /** {@link Incident#criticalAndUnresolved()}, stored so that a partial index holds the gate's incidents only. */
    @Column(name = "open_critical", nullable = false)
    public boolean openCritical;

    static IncidentRow find(UUID cutoverId, String incidentId) {
        return findById(new Key(cutoverId, incidentId));
    }

    Incident incident() {
        return new Incident(incidentId, title, severity, status, reportedAt);
    }

    /** Stores {@code incident} as the cutover's incident (a new row when {@code row} is null). */
    static void put(UUID cutoverId, IncidentRow row, Incident incident) {
        IncidentRow stored = row == null ? new IncidentRow() : row;
        stored.cutoverId = cutoverId;
        stored.incidentId = incident.incidentId();
        stored.title = incident.title();
        stored.severity = incident.severity();
        stored.status = incident.status();
        stored.reportedAt = incident.reportedAt();
        stored.openCritical = incident.criticalAndUnresolved();
        if (row == null) {
            stored.persist();
        }
    }

    /**
     * The cutover's critical unresolved incidents reported before {@code downtimeStart} (all, when
     * null): the oldest few from the partial index, and a count only when there are more to count.
     */
    static CriticalIncidents openCritical(UUID cutoverId, Instant downtimeStart) {
        String where = "cutoverId = :cutover and openCritical = true"
                + (downtimeStart == null ? "" : " and (reportedAt is null or reportedAt < :downtime)");
        Parameters params = Parameters.with("cutover", cutoverId);
        if (downtimeStart != null) {
            params = params.and("downtime", downtimeStart);
        }
        List<Incident> oldest = IncidentRow.<IncidentRow>find(where + " order by reportedAt asc nulls last, incidentId asc",
                        params).page(0, CriticalIncidents.NAMED).list().stream().map(IncidentRow::incident).toList();
        long count = oldest.size() < CriticalIncidents.NAMED ? oldest.size() : count(where, params);
        return new CriticalIncidents(count, oldest);
    }

    public static class Key implements Serializable {
        public UUID cutoverId;
        public String incidentId;

        public Key() {
        }

        Key(UUID cutoverId, String incidentId) {
            this.cutoverId = cutoverId;
            this.incidentId = incidentId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cutoverId, k.cutoverId) && Objects.equals(incidentId, k.incidentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cutoverId, incidentId);
        }
    }
}
