package dev.golive.integration.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BackoffTest {

    @Test
    void each_delay_doubles_the_one_before() {
        assertThat(Backoff.delays(4, ofMillis(500))).containsExactly(ofMillis(500), ofSeconds(1), ofSeconds(2), ofSeconds(4));
    }

    @Test
    void the_delays_stop_growing_at_the_cap() {
        assertThat(Backoff.delays(7, ofSeconds(2))).containsExactly(ofSeconds(2), ofSeconds(4), ofSeconds(8), ofSeconds(16),
                ofSeconds(30), ofSeconds(30), ofSeconds(30));
        assertThat(Backoff.delays(3, ofSeconds(1), ofSeconds(3))).containsExactly(ofSeconds(1), ofSeconds(2), ofSeconds(3));
    }

    @Test
    void an_initial_delay_above_the_cap_is_capped_too() {
        assertThat(Backoff.delays(2, ofSeconds(45))).containsExactly(ofSeconds(30), ofSeconds(30));
    }

    @Test
    void no_retry_means_no_delay() {
        assertThat(Backoff.delays(0, ofSeconds(1))).isEmpty();
    }

    @Test
    void a_zero_initial_delay_stays_zero() {
        assertThat(Backoff.delays(3, Duration.ZERO)).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    @Test
    void many_retries_do_not_overflow() {
        assertThat(Backoff.delays(100, Duration.ofDays(365), Duration.ofDays(3650))).hasSize(100).last()
                .isEqualTo(Duration.ofDays(3650));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {-1, 101})
    void the_number_of_retries_is_bounded(int retries) {
        assertThatThrownBy(() -> Backoff.delays(retries, ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retries must lie between 0 and 100, was " + retries);
    }

    @Test
    void a_negative_delay_is_refused() {
        assertThatThrownBy(() -> Backoff.delays(1, ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
