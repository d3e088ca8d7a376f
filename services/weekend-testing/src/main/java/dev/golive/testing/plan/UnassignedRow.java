package dev.golive.testing.plan;

import dev.golive.testing.domain.Unassignable;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A scenario the current plan could not assign, and why. */
@Entity
@Table(name = "unassigned_scenario")
public class UnassignedRow extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Unassignable.Reason reason;

    @Column(nullable = false)
    public String detail;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "cutover_id")
        public UUID cutoverId;

        @Column(name = "scenario_id")
        public String scenarioId;

        public Key() {
        }

        Key(UUID cutoverId, String scenarioId) {
            this.cutoverId = cutoverId;
            this.scenarioId = scenarioId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cutoverId, k.cutoverId) && Objects.equals(scenarioId, k.scenarioId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cutoverId, scenarioId);
        }
    }

    static UnassignedRow of(UUID cutoverId, int position, Unassignable u) {
        UnassignedRow row = new UnassignedRow();
        row.key = new Key(cutoverId, u.scenarioId());
        row.position = position;
        row.reason = u.reason();
        row.detail = u.detail();
        return row;
    }

    public Unassignable toDomain() {
        return new Unassignable(key.scenarioId, reason, detail);
    }

    public static List<UnassignedRow> ofCutover(UUID cutoverId) {
        return list("key.cutoverId = ?1 order by position", cutoverId);
    }

    public static void deleteOfScenario(UUID cutoverId, String scenarioId) {
        delete("key.cutoverId = ?1 and key.scenarioId = ?2", cutoverId, scenarioId);
    }
}
