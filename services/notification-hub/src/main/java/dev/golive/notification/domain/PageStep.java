package dev.golive.notification.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a page: the level, the person paged (none for a skipped level or the exhausted
 * end), when, the deadline to acknowledge, what became of it and when that was decided.
 */
public record PageStep(PageLevel level, Optional<String> username, Instant sentAt, Optional<Instant> ackDeadline,
                       StepOutcome outcome, Optional<Instant> outcomeAt) {

    public PageStep {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(ackDeadline, "ackDeadline");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(outcomeAt, "outcomeAt");
        boolean pages = outcome == StepOutcome.PENDING || outcome == StepOutcome.ACKNOWLEDGED || outcome == StepOutcome.ESCALATED;
        if (pages != username.isPresent() || pages != ackDeadline.isPresent()) {
            throw new IllegalArgumentException("a step that paged someone has a username and a deadline, "
                    + "a skipped or exhausted one neither: " + outcome);
        }
        if ((outcome == StepOutcome.EXHAUSTED) != (level == PageLevel.EXHAUSTED)) {
            throw new IllegalArgumentException("only the EXHAUSTED level ends in EXHAUSTED");
        }
    }

    static PageStep paged(PageLevel level, String username, Instant at, Instant deadline) {
        return new PageStep(level, Optional.of(username), at, Optional.of(deadline), StepOutcome.PENDING, Optional.empty());
    }

    static PageStep skipped(PageLevel level, Instant at) {
        return new PageStep(level, Optional.empty(), at, Optional.empty(), StepOutcome.SKIPPED, Optional.of(at));
    }

    static PageStep exhausted(Instant at) {
        return new PageStep(PageLevel.EXHAUSTED, Optional.empty(), at, Optional.empty(), StepOutcome.EXHAUSTED, Optional.of(at));
    }

    PageStep ended(StepOutcome how, Instant at) {
        return new PageStep(level, username, sentAt, ackDeadline, how, Optional.of(at));
    }

    /** Whether this step paged someone (whatever became of it). */
    public boolean paged() {
        return username.isPresent();
    }

    /** Whether this step paged {@code login} (usernames ignore case). */
    public boolean paged(String login) {
        return login != null && username.map(u -> u.equalsIgnoreCase(login)).orElse(false);
    }
}
