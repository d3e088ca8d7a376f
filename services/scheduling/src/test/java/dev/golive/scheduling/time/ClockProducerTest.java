package dev.golive.scheduling.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The default clock, without an application (CutoverTriggersTest shows a test's clock replacing it). */
class ClockProducerTest {

    @Test
    void the_default_clock_is_the_system_clock_in_utc_to_the_microsecond() {
        Clock clock = new ClockProducer().clock();

        assertThat(clock).isEqualTo(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
        // what PostgreSQL keeps of it is all of it
        assertThat(clock.instant().getNano() % 1_000).isZero();
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
