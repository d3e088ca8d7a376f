package dev.golive.integration.readiness;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The last verdict announced, of one integration (scope = its id) or of the cutover (scope {@value #CUTOVER}). */
@Entity
@Table(name = "readiness_state")
public class ReadinessStateRow extends PanacheEntityBase {

    public static final String CUTOVER = "cutover";

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "cutover_id")
        public UUID cutoverId;

        public String scope;

        public Key() {
        }

        public Key(UUID cutoverId, String scope) {
            this.cutoverId = cutoverId;
            this.scope = scope;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cutoverId, k.cutoverId) && Objects.equals(scope, k.scope);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cutoverId, scope);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public boolean ready;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> reasons = new ArrayList<>();

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;
}
