package dev.golive.rollback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The moments an assessment needs: when the upgraded system came back ({@code null} while it is not
 * back yet), the point of no return (business resume − restore duration − re-validation buffer,
 * computed by the cutover planner) and business resume.
 *
 * <p>The point of no return must come before business resume. The system may come back after the
 * point of no return — an upgrade that overran — so that is not checked.
 */
public record RollbackWindow(Instant systemBack, Instant pointOfNoReturn, Instant businessResume) {

    public RollbackWindow {
        Objects.requireNonNull(pointOfNoReturn, "pointOfNoReturn");
        Objects.requireNonNull(businessResume, "businessResume");
        if (!pointOfNoReturn.isBefore(businessResume)) {
            throw new IllegalArgumentException("the point of no return (" + pointOfNoReturn
                    + ") must come before business resume (" + businessResume + ")");
        }
    }

    public Optional<Instant> systemBackAt() {
        return Optional.ofNullable(systemBack);
    }

    /** From {@code now} to the point of no return; negative once it has passed. */
    public Duration timeToPointOfNoReturn(Instant now) {
        return Duration.between(now, pointOfNoReturn);
    }

    /** Whether {@code now} is at or after the point of no return: a rollback started now cannot complete before business resumes. */
    public boolean passed(Instant now) {
        return !now.isBefore(pointOfNoReturn);
    }

    /**
     * What a rollback started at {@code now} would lose: everything entered since the system came
     * back, so the time since then; zero while it is not back (or if {@code now} is before it).
     */
    public Duration rollbackWouldLose(Instant now) {
        if (systemBack == null || now.isBefore(systemBack)) {
            return Duration.ZERO;
        }
        return Duration.between(systemBack, now);
    }
}
