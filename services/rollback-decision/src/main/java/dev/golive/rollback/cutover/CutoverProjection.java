package dev.golive.rollback.cutover;

import dev.golive.rollback.domain.RollbackWindow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover from {@code golive.cutover.v1}: the current window's
 * revision, its point of no return, when the system is expected back and when it actually came
 * back, when business resumes, and whether the cutover was cancelled.
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

    @Column(name = "point_of_no_return")
    public Instant pointOfNoReturn;

    @Column(name = "system_back_expected")
    public Instant systemBackExpected;

    @Column(name = "system_back_at")
    public Instant systemBackAt;

    @Column(name = "business_resume")
    public Instant businessResume;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<CutoverProjection> of(UUID cutoverId) {
        return Optional.ofNullable(findById(cutoverId));
    }

    /**
     * The cutover's row, created empty when unknown, locked for the rest of the transaction: every
     * change that leads to a new assessment of a cutover goes through here, so assessments of one
     * cutover never run side by side (and never announce the same change twice).
     */
    public static CutoverProjection lock(UUID cutoverId, Instant now) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO cutover_projection (cutover_id, window_revision, updated_at)
                        VALUES (?1, 0, ?2) ON CONFLICT (cutover_id) DO NOTHING""")
                .setParameter(1, cutoverId)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        return findById(cutoverId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The row locked for the rest of the transaction; null when the cutover is unknown. */
    public static CutoverProjection lockExisting(UUID cutoverId) {
        return findById(cutoverId, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /**
     * The moments an assessment needs, once a window with a point of no return before business
     * resume is known; empty before that.
     */
    public Optional<RollbackWindow> window() {
        if (pointOfNoReturn == null || businessResume == null || !pointOfNoReturn.isBefore(businessResume)) {
            return Optional.empty();
        }
        return Optional.of(new RollbackWindow(systemBackAt, pointOfNoReturn, businessResume));
    }
}
