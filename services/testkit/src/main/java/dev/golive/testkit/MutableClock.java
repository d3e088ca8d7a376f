package dev.golive.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test can stop, set and move, for domain decisions that depend on "now" (is the
 * rehearsal stale, is the point of no return past). Until it is set it follows the system
 * clock, so triggers and timeouts that run in real time still line up with it. A service's
 * tests make it the application's clock with a one-line subclass annotated
 * {@code @Alternative @Priority(1) @Singleton}.
 */
public class MutableClock extends Clock {

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    /** Stops the clock at {@code instant}. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Moves the clock forward (a running clock keeps running, a stopped one stays stopped). */
    public synchronized void advance(Duration by) {
        if (fixed != null) {
            fixed = fixed.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Back to the system clock. */
    public synchronized void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant stopped = fixed;
        return stopped != null ? stopped : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
