package dev.golive.testing.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The cutover's current plan: its status and who made and published it. The assignments are rows of their own. */
@Entity
@Table(name = "test_plan")
public class PlanRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "window_revision", nullable = false)
    public int windowRevision;

    @Column(name = "planned_by", nullable = false)
    public String plannedBy;

    @Column(name = "planned_at", nullable = false)
    public Instant plannedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static Optional<PlanRow> of(UUID cutoverId) {
        return Optional.ofNullable(findById(cutoverId));
    }

    public boolean published() {
        return status == PlanStatus.PUBLISHED;
    }

    /** Whether the cutover's current plan is published. */
    public static boolean isPublished(UUID cutoverId) {
        return of(cutoverId).map(PlanRow::published).orElse(false);
    }
}
