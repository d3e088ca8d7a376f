package dev.golive.integration.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How long to wait before each retry of a probe: {@code initial}, then twice as long each time,
 * never more than a cap ({@link #DEFAULT_CAP} unless given). Deterministic: a caller that wants
 * jitter adds it.
 */
public final class Backoff {

    public static final Duration DEFAULT_CAP = Duration.ofSeconds(30);
    public static final int MAX_RETRIES = 100;

    private Backoff() {
    }

    /** The delays before retries 1..{@code retries}, capped at {@link #DEFAULT_CAP}. */
    public static List<Duration> delays(int retries, Duration initial) {
        return delays(retries, initial, DEFAULT_CAP);
    }

    /**
     * The delays before retries 1..{@code retries}: {@code min(initial × 2^(i−1), cap)}.
     *
     * @throws IllegalArgumentException when retries is negative or above {@value #MAX_RETRIES}, or a duration is negative
     */
    public static List<Duration> delays(int retries, Duration initial, Duration cap) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(cap, "cap");
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries must lie between 0 and " + MAX_RETRIES + ", was " + retries);
        }
        if (initial.isNegative() || cap.isNegative()) {
            throw new IllegalArgumentException("backoff durations must not be negative, were " + initial + " and cap " + cap);
        }
        List<Duration> delays = new ArrayList<>(retries);
        Duration next = initial;
        for (int i = 0; i < retries; i++) {
            delays.add(next.compareTo(cap) < 0 ? next : cap);
            if (next.compareTo(cap) < 0) {
                next = next.multipliedBy(2); // stops growing at the cap: no overflow
            }
        }
        return List.copyOf(delays);
    }
}
