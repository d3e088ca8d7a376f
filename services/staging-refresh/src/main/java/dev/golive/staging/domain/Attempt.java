package dev.golive.staging.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One try at upgrading the custom modules, started by a push ({@code commitRef}) while the
 * upgraded database awaited it. Numbered from 1 within its rehearsal. A failed attempt names its
 * {@link ErrorCategory}; the log excerpt is at most {@value #MAX_LOG_EXCERPT} characters.
 */
public record Attempt(int number, String commitRef, Instant startedAt, Instant finishedAt,
                      AttemptOutcome outcome, ErrorCategory errorCategory, String logExcerpt) {

    public static final int MAX_LOG_EXCERPT = 4_000;
    public static final int MAX_COMMIT_REF = 255;
    /** Put in front of a log excerpt that was cut, so no one reads its first line as the log's first line. */
    public static final String CUT_MARKER = "…";

    public Attempt {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(startedAt, "startedAt");
        if (number < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1, not " + number);
        }
        if (commitRef == null || commitRef.isBlank() || commitRef.length() > MAX_COMMIT_REF) {
            throw new IllegalArgumentException("an attempt needs the commit that started it (1 to " + MAX_COMMIT_REF + " characters)");
        }
        boolean finished = outcome != AttemptOutcome.RUNNING;
        if (finished != (finishedAt != null)) {
            throw new IllegalArgumentException("a " + outcome + " attempt " + (finished ? "needs" : "has no") + " finishedAt");
        }
        if (finished && finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("attempt " + number + " finished (" + finishedAt + ") before it started (" + startedAt + ")");
        }
        if ((outcome == AttemptOutcome.FAILED) != (errorCategory != null)) {
            throw new IllegalArgumentException("an error category goes with a failed attempt and only with one; attempt "
                    + number + " is " + outcome + " with " + errorCategory);
        }
        if (logExcerpt != null && logExcerpt.length() > MAX_LOG_EXCERPT) {
            throw new IllegalArgumentException("a log excerpt is at most " + MAX_LOG_EXCERPT + " characters, was " + logExcerpt.length());
        }
    }

    static Attempt started(int number, String commitRef, Instant at) {
        return new Attempt(number, commitRef, at, null, AttemptOutcome.RUNNING, null, null);
    }

    Attempt finished(boolean ok, ErrorCategory category, String log, Instant at) {
        return new Attempt(number, commitRef, startedAt, at, ok ? AttemptOutcome.SUCCEEDED : AttemptOutcome.FAILED,
                ok ? null : category, capLogExcerpt(log));
    }

    /** How long the attempt ran; empty while it runs. */
    public Optional<Duration> duration() {
        return finishedAt == null ? Optional.empty() : Optional.of(Duration.between(startedAt, finishedAt));
    }

    /**
     * The end of {@code log}, where the error usually is, in at most {@value #MAX_LOG_EXCERPT}
     * characters: a longer log keeps its last characters behind {@link #CUT_MARKER}, never half of
     * a surrogate pair. {@code null} stays {@code null}.
     */
    public static String capLogExcerpt(String log) {
        if (log == null || log.length() <= MAX_LOG_EXCERPT) {
            return log;
        }
        int from = log.length() - (MAX_LOG_EXCERPT - CUT_MARKER.length());
        if (Character.isLowSurrogate(log.charAt(from))) {
            from++;
        }
        return CUT_MARKER + log.substring(from);
    }
}
