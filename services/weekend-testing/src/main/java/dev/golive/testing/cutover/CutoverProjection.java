package dev.golive.testing.cutover;

import dev.golive.problems.ProblemException;
import dev.golive.messaging.cutover.CutoverProjectionRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
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
public class CutoverProjection extends CutoverProjectionRow {

    @Column(name = "downtime_start")
    public Instant downtimeStart;

    @Column(name = "testing_start")
    public Instant testingStart;

    @Column(name = "testing_end")
    public Instant testingEnd;

    @Column(name = "business_resume")
    public Instant businessResume;

    public static Optional<CutoverProjection> of(UUID cutoverId) {
        return Optional.ofNullable(findById(cutoverId));
    }

    /**
     * The cutover's row, created empty when unknown, locked for the rest of the transaction: every
     * change to a cutover's plan, results or roster goes through here, so they happen one after the
     * other and a change of coverage or the sign-off is announced once.
     */
    public static CutoverProjection lock(UUID cutoverId, Instant now) {
        return lock(CutoverProjection.class, cutoverId, now);
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
