package dev.golive.staging.cutover;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover, from {@code golive.cutover.v1}: versions, zone and
 * expected downtime (CutoverPlanned/CutoverUpdated), and the current window's revision, staging
 * refresh deadline and downtime start (GoLiveWindowScheduled/Rescheduled).
 */
@Entity
@Table(name = "cutover_projection")
public class CutoverProjection extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    public String zone;

    @Column(name = "source_version")
    public Integer sourceVersion;

    @Column(name = "target_version")
    public Integer targetVersion;

    @Column(name = "expected_downtime_s")
    public Long expectedDowntimeSeconds;

    @Column(name = "window_revision", nullable = false)
    public int windowRevision;

    @Column(name = "refresh_deadline")
    public Instant refreshDeadline;

    @Column(name = "downtime_start")
    public Instant downtimeStart;

    @Column(name = "refresh_checked_revision", nullable = false)
    public int refreshCheckedRevision;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<CutoverProjection> of(UUID cutoverId) {
        return Optional.ofNullable(findById(cutoverId));
    }

    /** The row, locked for the rest of the transaction; null when the cutover is unknown. */
    public static CutoverProjection lock(UUID cutoverId) {
        return findById(cutoverId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Duration> expectedDowntime() {
        return Optional.ofNullable(expectedDowntimeSeconds).map(Duration::ofSeconds);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
