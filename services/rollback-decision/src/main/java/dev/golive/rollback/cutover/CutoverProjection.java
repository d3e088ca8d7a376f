package dev.golive.rollback.cutover;

import dev.golive.messaging.cutover.CutoverProjectionRow;
import dev.golive.rollback.domain.RollbackWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover from {@code golive.cutover.v1}, besides the revision, zone
 * and cancellation every service keeps: the current window's point of no return, when the system is
 * expected back and when it actually came back, and when business resumes.
 */
@Entity
@Table(name = "cutover_projection")
public class CutoverProjection extends CutoverProjectionRow {

    @Column(name = "point_of_no_return")
    public Instant pointOfNoReturn;

    @Column(name = "system_back_expected")
    public Instant systemBackExpected;

    @Column(name = "system_back_at")
    public Instant systemBackAt;

    @Column(name = "business_resume")
    public Instant businessResume;

    public static Optional<CutoverProjection> of(UUID cutoverId) {
        return Optional.ofNullable(findById(cutoverId));
    }

    /**
     * The cutover's row, created empty when unknown, locked for the rest of the transaction: every
     * change that leads to a new assessment of a cutover goes through here, so assessments of one
     * cutover never run side by side (and never announce the same change twice).
     */
    public static CutoverProjection lock(UUID cutoverId, Instant now) {
        return lock(CutoverProjection.class, cutoverId, now);
    }

    /** The row locked for the rest of the transaction; null when the cutover is unknown. */
    public static CutoverProjection lockExisting(UUID cutoverId) {
        return findById(cutoverId, LockModeType.PESSIMISTIC_WRITE);
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
