package dev.golive.rollback.cutover;

import dev.golive.messaging.cutover.CutoverProjectionRow;
import dev.golive.rollback.domain.RollbackWindow;
import dev.golive.rollback.domain.UpgradeProjection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover from {@code golive.cutover.v1}, besides the revision, zone
 * and cancellation every service keeps: the current window's point of no return, when the system is
 * expected back and when it was observed back (WeekendFactObserved of SYSTEM_BACK), when business
 * resumes, and the runbook's latest projection of the upgrade (RunbookProjectionChanged).
 */
@Entity
@Table(name = "cutover_projection")
public class CutoverProjection extends CutoverProjectionRow {

    @Column(name = "point_of_no_return")
    public Instant pointOfNoReturn;

    @Column(name = "system_back_expected")
    public Instant systemBackExpected;

    /** When the runbook saw the upgraded system back (the upgrade task finished); null until then. */
    @Column(name = "system_back_at")
    public Instant systemBackAt;

    /** When the runbook projects the upgraded system back; null before any projection. */
    @Column(name = "upgrade_projected_back_at")
    public Instant upgradeProjectedBackAt;

    /** Whether the runbook says that projection is after the point of no return. */
    @Column(name = "upgrade_crosses_pnr", nullable = false)
    public boolean upgradeCrossesPointOfNoReturn;

    /** When the runbook made the projection kept here: an older one arriving late changes nothing. */
    @Column(name = "upgrade_projection_changed_at")
    public Instant upgradeProjectionChangedAt;

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

    /** The runbook's projection of the upgrade, {@link UpgradeProjection#NONE} before any. */
    public UpgradeProjection upgradeProjection() {
        return upgradeProjectionChangedAt == null ? UpgradeProjection.NONE
                : new UpgradeProjection(upgradeProjectedBackAt, upgradeCrossesPointOfNoReturn);
    }

    /** The cutover's zone, to tell times in; UTC while none is known (the projection refuses an invalid one). */
    public ZoneId zoneId() {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
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
