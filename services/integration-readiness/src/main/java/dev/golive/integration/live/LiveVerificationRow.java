package dev.golive.integration.live;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The live verification of one window revision: planned when the system came back, run once. */
@Entity
@Table(name = "live_verification")
public class LiveVerificationRow extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "cutover_id")
        public UUID cutoverId;

        @Column(name = "window_revision")
        public int windowRevision;

        public Key() {
        }

        public Key(UUID cutoverId, int windowRevision) {
            this.cutoverId = cutoverId;
            this.windowRevision = windowRevision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cutoverId, k.cutoverId) && windowRevision == k.windowRevision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cutoverId, windowRevision);
        }
    }

    @EmbeddedId
    public Key key;

    /** The integrations to verify, as ids (text). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "integration_ids", nullable = false)
    public List<String> integrationIds = new ArrayList<>();

    @Column(name = "run_at", nullable = false)
    public Instant runAt;

    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    public static LiveVerificationRow lock(UUID cutoverId, int windowRevision) {
        return findById(new Key(cutoverId, windowRevision), LockModeType.PESSIMISTIC_WRITE);
    }

    public static List<LiveVerificationRow> ofCutover(UUID cutoverId) {
        return list("key.cutoverId = ?1 order by key.windowRevision", cutoverId);
    }
}
