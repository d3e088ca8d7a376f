package dev.golive.runbook.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A cutover's runbook, and what its last projection and readiness events said (the next go out only on a change). */
@Entity
@Table(name = "runbook")
public class RunbookRow extends PanacheEntityBase {

    @Id
    @Column(name = "runbook_id")
    public UUID runbookId;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "template_name", nullable = false)
    public String templateName;

    @Column(name = "instantiated_by", nullable = false)
    public String instantiatedBy;

    @Column(name = "instantiated_at", nullable = false)
    public Instant instantiatedAt;

    @Column(name = "published_ready_at")
    public Instant publishedReadyAt;

    @Column(name = "published_system_back_at")
    public Instant publishedSystemBackAt;

    @Column(name = "published_crossing")
    public Boolean publishedCrossing;

    @Column(name = "published_overdue")
    public Integer publishedOverdue;

    @Column(name = "published_ready")
    public Boolean publishedReady;

    @Column(name = "published_pending")
    public String publishedPending;

    public static Optional<RunbookRow> ofCutover(UUID cutoverId) {
        return find("cutoverId", cutoverId).firstResultOptional();
    }
}
