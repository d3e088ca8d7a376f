package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RetryPolicyTest {

    private static final Instant FAILED = Instant.parse("2026-12-04T17:00:00Z");

    @Test
    void the_defaults_wait_5_10_20_40_80_seconds_then_give_up_after_the_sixth_attempt() {
        RetryPolicy policy = RetryPolicy.defaults();
        List<Duration> waits = new ArrayList<>();
        int attempts = 1;
        for (Optional<Instant> next = policy.next(attempts, FAILED); next.isPresent(); next = policy.next(++attempts, FAILED)) {
            waits.add(Duration.between(FAILED, next.get()));
        }

        assertThat(waits).extracting(Duration::toSeconds).containsExactly(5L, 10L, 20L, 40L, 80L);
        assertThat(attempts).isEqualTo(6);
    }

    @ParameterizedTest(name = "after attempt {0}: wait {1}")
    @CsvSource(textBlock = """
            1, PT30S
            2, PT1M
            3, PT2M
            4, PT4M
            5, PT5M
            9, PT5M
            """)
    void delays_grow_by_the_multiplier_up_to_the_maximum(int attemptsSoFar, String wait) {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 2.0, Duration.ofMinutes(5), 10);

        assertThat(policy.next(attemptsSoFar, FAILED)).contains(FAILED.plus(Duration.parse(wait)));
    }

    @Test
    void a_huge_number_of_attempts_does_not_overflow() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), 10.0, Duration.ofHours(1), Integer.MAX_VALUE);

        assertThat(policy.next(5_000, FAILED)).contains(FAILED.plus(Duration.ofHours(1)));
    }

    @Test
    void a_single_attempt_policy_never_retries() {
        assertThat(new RetryPolicy(Duration.ofSeconds(1), 1.0, Duration.ofSeconds(1), 1).next(1, FAILED)).isEmpty();
    }

    @Test
    void a_policy_that_cannot_work_is_refused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Double.NaN, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), 2, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.defaults().next(0, FAILED)).isInstanceOf(IllegalArgumentException.class);
    }
}
