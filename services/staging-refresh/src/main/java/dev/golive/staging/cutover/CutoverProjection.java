package dev.golive.staging.cutover;

import dev.golive.messaging.cutover.CutoverProjectionRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover, from {@code golive.cutover.v1}: versions and expected
 * downtime (CutoverPlanned/CutoverUpdated), and the current window's staging refresh deadline and
 * downtime start (GoLiveWindowScheduled/Rescheduled); revision, zone and cancellation are the
 * common columns of {@link CutoverProjectionRow}.
 */
@Entity
@Table(name = "cutover_projection")
public class CutoverProjection extends CutoverProjectionRow {

    @Column(name = "source_version")
    public Integer sourceVersion;

    @Column(name = "target_version")
    public Integer targetVersion;

    @Column(name = "expected_downtime_s")
    public Long expectedDowntimeSeconds;

    @Column(name = "refresh_deadline")
    public Instant refreshDeadline;

    @Column(name = "downtime_start")
    public Instant downtimeStart;

    @Column(name = "refresh_checked_revision", nullable = false)
    public int refreshCheckedRevision;

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
}
