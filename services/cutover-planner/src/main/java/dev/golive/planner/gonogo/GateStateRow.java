package dev.golive.planner.gonogo;

import dev.golive.planner.domain.Gate;
import dev.golive.planner.domain.GateState;
import dev.golive.planner.domain.GateVerdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The last announced state of one gate of a cutover, and since when it holds. */
@Entity
@Table(name = "gate_state")
@IdClass(GateStateRow.Key.class)
public class GateStateRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Id
    @Enumerated(EnumType.STRING)
    public Gate gate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GateState state;

    @Convert(converter = JsonColumns.Strings.class)
    @Column(nullable = false)
    public List<String> reasons;

    @Column(nullable = false)
    public Instant since;

    GateVerdict verdict() {
        return new GateVerdict(gate, state, reasons);
    }

    static List<GateStateRow> ofCutover(UUID cutoverId) {
        return list("cutoverId", cutoverId);
    }

    /** One gate's row, null while the gate was never announced. */
    static GateStateRow find(UUID cutoverId, Gate gate) {
        Key key = new Key();
        key.cutoverId = cutoverId;
        key.gate = gate;
        return findById(key);
    }

    public static class Key implements Serializable {
        public UUID cutoverId;
        public Gate gate;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cutoverId, k.cutoverId) && gate == k.gate;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cutoverId, gate);
        }
    }
}
