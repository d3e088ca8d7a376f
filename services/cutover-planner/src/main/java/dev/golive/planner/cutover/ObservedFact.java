package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.WeekendFact;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A weekend fact the planner accepted from the runbook: at most one per fact and window revision. */
@Entity
@Table(name = "weekend_fact")
@IdClass(ObservedFact.Key.class)
public class ObservedFact extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Id
    @Column(name = "window_revision")
    public int windowRevision;

    @Id
    @Enumerated(EnumType.STRING)
    public WeekendFact fact;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    @Column(name = "planned_at")
    public Instant plannedAt;

    @Column(name = "task_id", nullable = false)
    public String taskId;

    @Column(name = "task_title", nullable = false)
    public String taskTitle;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    static boolean known(UUID cutoverId, int windowRevision, WeekendFact fact) {
        return count("cutoverId = ?1 and windowRevision = ?2 and fact = ?3", cutoverId, windowRevision, fact) > 0;
    }

    public static class Key implements Serializable {
        public UUID cutoverId;
        public int windowRevision;
        public WeekendFact fact;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cutoverId, k.cutoverId) && windowRevision == k.windowRevision
                    && fact == k.fact;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cutoverId, windowRevision, fact);
        }
    }
}
