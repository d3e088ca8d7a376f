package dev.golive.scheduling.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now" for every Golive service: the system clock in UTC, to the microsecond. Domain code receives
 * it, or an instant read from it, and never calls {@code Instant.now()} itself. A default bean, so
 * a test replaces it by declaring its own {@code Clock} (testkit's {@code MutableClock}).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        // In whole microseconds, PostgreSQL's precision: an instant read back from a row is the very one that
        // was written, so nothing computed from it (a duration, a key of what was last announced) looks new.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
