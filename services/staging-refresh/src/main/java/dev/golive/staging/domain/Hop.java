package dev.golive.staging.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of the standard upgrade, from a major version to the next ({@code 16 → 17}).
 * {@code startedAt} is set from {@code RUNNING} on, {@code finishedAt} once it succeeded or failed.
 */
public record Hop(int from, int to, HopStatus status, Instant startedAt, Instant finishedAt) {

    public Hop {
        Objects.requireNonNull(status, "status");
        if (from < 1 || to != from + 1) {
            throw new IllegalArgumentException("a hop goes from one major version to the next, not " + from + " → " + to);
        }
        boolean started = status != HopStatus.PENDING;
        boolean finished = status == HopStatus.SUCCEEDED || status == HopStatus.FAILED;
        if (started != (startedAt != null)) {
            throw new IllegalArgumentException("a " + status + " hop " + (started ? "needs" : "has no") + " startedAt");
        }
        if (finished != (finishedAt != null)) {
            throw new IllegalArgumentException("a " + status + " hop " + (finished ? "needs" : "has no") + " finishedAt");
        }
        if (finished && finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("hop " + from + " → " + to + " finished (" + finishedAt + ") before it started (" + startedAt + ")");
        }
    }

    public static Hop pending(int from) {
        return new Hop(from, from + 1, HopStatus.PENDING, null, null);
    }

    Hop started(Instant at) {
        return new Hop(from, to, HopStatus.RUNNING, at, null);
    }

    Hop finished(boolean ok, Instant at) {
        return new Hop(from, to, ok ? HopStatus.SUCCEEDED : HopStatus.FAILED, startedAt, at);
    }

    /** How long the hop ran; empty until it has finished. */
    public Optional<Duration> duration() {
        return finishedAt == null ? Optional.empty() : Optional.of(Duration.between(startedAt, finishedAt));
    }

    @Override
    public String toString() {
        return "hop " + from + " → " + to + " " + status;
    }
}
