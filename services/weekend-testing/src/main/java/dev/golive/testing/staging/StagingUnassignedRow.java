package dev.golive.testing.staging;

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

/** A scenario a staging round could not assign, and why. */
@Entity
@Table(name = "staging_unassigned")
public class StagingUnassignedRow extends PanacheEntityBase {

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
        @Column(name = "round_id")
        public UUID roundId;

        @Column(name = "scenario_id")
        public String scenarioId;

        public Key() {
        }

        Key(UUID roundId, String scenarioId) {
            this.roundId = roundId;
            this.scenarioId = scenarioId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roundId, k.roundId) && Objects.equals(scenarioId, k.scenarioId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, scenarioId);
        }
    }

    static StagingUnassignedRow of(UUID roundId, int position, Unassignable u) {
        StagingUnassignedRow row = new StagingUnassignedRow();
        row.key = new Key(roundId, u.scenarioId());
        row.position = position;
        row.reason = u.reason();
        row.detail = u.detail();
        return row;
    }

    public static List<StagingUnassignedRow> ofRound(UUID roundId) {
        return list("key.roundId = ?1 order by position", roundId);
    }
}
