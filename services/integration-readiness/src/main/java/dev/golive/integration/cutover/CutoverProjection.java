package dev.golive.integration.cutover;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover, from {@code golive.cutover.v1}: the current window's
 * revision, downtime start (and so the go-live date, the downtime start's date in the cutover's
 * zone) and expected system back; when the system actually came back; whether it was cancelled.
 */
@Entity
@Table(name = "cutover_projection")
public class CutoverProjection extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    public String zone;

    @Column(name = "window_revision", nullable = false)
    public int windowRevision;

    @Column(name = "downtime_start")
    public Instant downtimeStart;

    @Column(name = "go_live_date")
    public LocalDate goLiveDate;

    @Column(name = "system_back_expected")
    public Instant systemBackExpected;

    @Column(name = "system_back_at")
    public Instant systemBackAt;

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

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
