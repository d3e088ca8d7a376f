package dev.golive.planner.gonogo;

import dev.golive.planner.domain.GateEvidence;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What the other services reported about one cutover, as one JSON document (its incidents apart: {@link IncidentRow}). */
@Entity
@Table(name = "gate_evidence")
public class GateEvidenceRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    /** JSON, read and written whole: never queried by field, and new facts need no migration. */
    @Column(nullable = false)
    public String evidence;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The cutover's evidence, created empty on first use (the caller holds the cutover's lock). */
    static GateEvidenceRow of(UUID cutoverId, Instant now) {
        GateEvidenceRow row = findById(cutoverId);
        if (row == null) {
            row = new GateEvidenceRow();
            row.cutoverId = cutoverId;
            row.evidence = JsonColumns.write(new GateEvidence());
            row.updatedAt = now;
            row.persist();
        }
        return row;
    }

    GateEvidence evidence() {
        return JsonColumns.read(evidence, GateEvidence.class);
    }

    /** Keeps {@code facts}; an event that changed nothing (a redelivery, a repeated verdict) writes nothing. */
    void store(GateEvidence facts, Instant now) {
        String json = JsonColumns.write(facts);
        if (!json.equals(evidence)) {
            evidence = json;
            updatedAt = now;
        }
    }
}
