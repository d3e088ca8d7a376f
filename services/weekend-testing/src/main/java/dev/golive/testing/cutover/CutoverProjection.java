package dev.golive.testing.cutover;

import dev.golive.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover from {@code golive.cutover.v1}: the current window's
 * revision and zone, the testing window (end of technical review to end of weekend testing), the
 * roster window (downtime start to business resume), and whether the cutover was cancelled.
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

    @Column(name = "testing_start")
    public Instant testingStart;

    @Column(name = "testing_end")
    public Instant testingEnd;

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
     * change to a cutover's plan, results or roster goes through here, so they happen one after the
     * other and a change of coverage or the sign-off is announced once.
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

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean hasTestingWindow() {
        return testingStart != null && testingEnd != null && testingStart.isBefore(testingEnd);
    }

    public boolean hasRosterWindow() {
        return downtimeStart != null && businessResume != null && downtimeStart.isBefore(businessResume);
    }

    /** 409 unless the cutover is live and its testing window known. */
    public CutoverProjection requireTestingWindow() {
        requireNotCancelled();
        if (!hasTestingWindow()) {
            throw ProblemException.conflict("no-window", "the testing window of cutover " + cutoverId
                    + " is not known yet (no GoLiveWindowScheduled with TECHNICAL_REVIEW_END and WEEKEND_TESTING_END)",
                    List.of("NO_WINDOW"));
        }
        return this;
    }

    /** 409 unless the cutover is live and its downtime start and business resume known. */
    public CutoverProjection requireRosterWindow() {
        requireNotCancelled();
        if (!hasRosterWindow()) {
            throw ProblemException.conflict("no-window", "the go-live window of cutover " + cutoverId
                    + " is not known yet (no GoLiveWindowScheduled with DOWNTIME_START and BUSINESS_RESUME)",
                    List.of("NO_WINDOW"));
        }
        return this;
    }

    public CutoverProjection requireNotCancelled() {
        if (cancelled()) {
            throw ProblemException.conflict("cutover-cancelled", "cutover " + cutoverId + " was cancelled",
                    List.of("CUTOVER_CANCELLED"));
        }
        return this;
    }
}
