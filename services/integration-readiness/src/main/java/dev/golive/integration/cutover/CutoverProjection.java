package dev.golive.integration.cutover;

import dev.golive.messaging.cutover.CutoverProjectionRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover, from {@code golive.cutover.v1}: the current window's
 * downtime start (and so the go-live date, the downtime start's date in the cutover's zone) and
 * expected system back; when the system actually came back. Revision, zone and cancellation are the
 * common columns of {@link CutoverProjectionRow}.
 */
@Entity
@Table(name = "cutover_projection")
public class CutoverProjection extends CutoverProjectionRow {

    @Column(name = "downtime_start")
    public Instant downtimeStart;

    @Column(name = "go_live_date")
    public LocalDate goLiveDate;

    @Column(name = "system_back_expected")
    public Instant systemBackExpected;

    @Column(name = "system_back_at")
    public Instant systemBackAt;

    public static Optional<CutoverProjection> of(UUID cutoverId) {
        return Optional.ofNullable(findById(cutoverId));
    }

    /** The row, locked for the rest of the transaction; null when the cutover is unknown. */
    public static CutoverProjection lock(UUID cutoverId) {
        return findById(cutoverId, LockModeType.PESSIMISTIC_WRITE);
    }
}
