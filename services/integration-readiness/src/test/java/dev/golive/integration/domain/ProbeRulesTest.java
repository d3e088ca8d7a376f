package dev.golive.integration.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProbeRulesTest {

    private static final URI HEALTH = URI.create("https://api.example.com/v1/health");

    private static ProbeSpec spec(int status, Duration timeout, int retries, Duration backoff, Duration margin) {
        return new ProbeSpec(HEALTH, status, timeout, retries, backoff, Map.of(), margin);
    }

    @Test
    void the_defaults_are_valid() {
        ProbeSpec defaults = ProbeSpec.of(HEALTH);

        assertThat(ProbeRules.check(defaults)).isEmpty();
        assertThat(defaults.delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(defaults.worstCase()).isEqualTo(Duration.ofSeconds(33));
    }

    @Test
    void a_complete_probe_with_assertions_is_valid() {
        ProbeSpec spec = new ProbeSpec(URI.create("http://status.example.com/api"), 204, Duration.ofMillis(500), 0, Duration.ZERO,
                Map.of("/status", "ok", "/components/0/name", "api", "/a~1b~0c", ""), Duration.ZERO);

        assertThat(ProbeRules.check(spec)).isEmpty();
    }

    @Test
    void every_part_is_required() {
        ProbeSpec bare = new ProbeSpec(null, 200, null, 0, null, null, null);

        assertThat(ProbeRules.check(bare)).containsExactly(
                new FieldViolation("target", "is required"),
                new FieldViolation("timeout", "is required"),
                new FieldViolation("initialBackoff", "is required"),
                new FieldViolation("certificateMargin", "is required"));
        assertThat(ProbeRules.check(null)).containsExactly(new FieldViolation("probe", "is required"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ftp://api.example.com/    | must be an absolute http or https URI, was \"ftp://api.example.com/\"",
        "https://u:p@example.com/  | must not carry credentials (user info): keep secrets out of the registry",
        "health                    | must be an absolute http or https URI, was \"health\""})
    void the_target_is_an_absolute_http_or_https_uri_without_user_info(String target, String message) {
        ProbeSpec spec = new ProbeSpec(URI.create(target), 200, Duration.ofSeconds(5), 0, Duration.ZERO, Map.of(), Duration.ZERO);

        assertThat(ProbeRules.check(spec)).containsExactly(new FieldViolation("target", message));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {99, 600, 0, -1})
    void the_expected_status_is_an_http_status(int status) {
        assertThat(ProbeRules.check(spec(status, Duration.ofSeconds(5), 0, Duration.ZERO, Duration.ZERO))).containsExactly(
                new FieldViolation("expectedStatus", "must be an HTTP status from 100 to 599, was " + status));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "PT0S    | must be positive",
        "PT-1S   | must be positive",
        "PT1M1S  | must be at most PT1M, was PT1M1S"})
    void the_timeout_is_positive_and_at_most_a_minute(Duration timeout, String message) {
        assertThat(ProbeRules.check(spec(200, timeout, 0, Duration.ZERO, Duration.ZERO)))
                .containsExactly(new FieldViolation("timeout", message));
        assertThat(ProbeRules.check(spec(200, Duration.ofMinutes(1), 0, Duration.ZERO, Duration.ZERO))).isEmpty();
    }

    @ParameterizedTest(name = "{0} retries")
    @ValueSource(ints = {-1, 6})
    void retries_lie_between_zero_and_five(int retries) {
        assertThat(ProbeRules.check(spec(200, Duration.ofSeconds(1), retries, Duration.ofSeconds(1), Duration.ZERO)))
                .containsExactly(new FieldViolation("retries", "must lie between 0 and 5, was " + retries));
    }

    @Test
    void the_backoff_is_not_negative_at_most_a_minute_and_positive_with_retries() {
        assertThat(ProbeRules.check(spec(200, Duration.ofSeconds(1), 0, Duration.ofSeconds(-1), Duration.ZERO)))
                .containsExactly(new FieldViolation("initialBackoff", "must not be negative"));
        assertThat(ProbeRules.check(spec(200, Duration.ofSeconds(1), 1, Duration.ofSeconds(61), Duration.ZERO)))
                .containsExactly(new FieldViolation("initialBackoff", "must be at most PT1M, was PT1M1S"));
        assertThat(ProbeRules.check(spec(200, Duration.ofSeconds(1), 1, Duration.ZERO, Duration.ZERO)))
                .containsExactly(new FieldViolation("initialBackoff", "must be positive when there are retries: a retry at once hits the same failure"));
    }

    @Test
    void one_run_takes_at_most_five_minutes_even_when_every_attempt_times_out() {
        // 6 × 45 s + (10 + 20 + 30 + 30 + 30 s) = 6 min 30 s
        ProbeSpec slow = spec(200, Duration.ofSeconds(45), 5, Duration.ofSeconds(10), Duration.ZERO);
        // 4 × 60 s + (1 + 2 + 4 s) = 4 min 7 s
        ProbeSpec fits = spec(200, Duration.ofSeconds(60), 3, Duration.ofSeconds(1), Duration.ZERO);
        // 5 × 59 s + (1 + 2 + 4 + 8 s) = 5 min 10 s
        ProbeSpec justOver = spec(200, Duration.ofSeconds(59), 4, Duration.ofSeconds(1), Duration.ZERO);

        assertThat(ProbeRules.check(slow)).containsExactly(new FieldViolation("retries",
                "would let one run take up to 6 min 30 s when every attempt times out; at most 5 min"));
        assertThat(ProbeRules.check(fits)).isEmpty();
        assertThat(fits.worstCase()).isEqualTo(Duration.ofSeconds(247));
        assertThat(justOver.worstCase()).isEqualTo(Duration.ofSeconds(310));
        assertThat(ProbeRules.check(justOver)).extracting(FieldViolation::field).containsExactly("retries");
    }

    @Test
    void json_assertions_are_keyed_by_json_pointers_and_expect_a_text() {
        Map<String, String> assertions = new HashMap<>();
        assertions.put("status", "ok");
        assertions.put("", "ok");
        assertions.put("/a~2b", "ok");
        assertions.put("/trailing~", "ok");
        assertions.put("/fine", null);
        assertions.put("/long", "x".repeat(1_001));
        ProbeSpec spec = new ProbeSpec(HEALTH, 200, Duration.ofSeconds(5), 0, Duration.ZERO, assertions, Duration.ZERO);

        assertThat(ProbeRules.check(spec)).containsExactly(
                new FieldViolation("jsonAssertions[\"\"]", "must be keyed by a JSON pointer to a value, such as /status"),
                new FieldViolation("jsonAssertions[\"/a~2b\"]", "must be keyed by a valid JSON pointer: ~ is written ~0 and / inside a name ~1"),
                new FieldViolation("jsonAssertions[\"/fine\"]", "needs the expected text"),
                new FieldViolation("jsonAssertions[\"/long\"]", "must expect at most 1000 characters, was 1001"),
                new FieldViolation("jsonAssertions[\"/trailing~\"]", "must be keyed by a valid JSON pointer: ~ is written ~0 and / inside a name ~1"),
                new FieldViolation("jsonAssertions[\"status\"]", "must be keyed by a JSON pointer, which starts with /"));
    }

    @Test
    void there_are_at_most_twenty_json_assertions() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int n = 0; n < 21; n++) {
            many.put("/f" + n, "v");
        }
        ProbeSpec spec = new ProbeSpec(HEALTH, 200, Duration.ofSeconds(5), 0, Duration.ZERO, many, Duration.ZERO);

        assertThat(ProbeRules.check(spec)).containsExactly(new FieldViolation("jsonAssertions", "must have at most 20 entries, had 21"));
    }

    @Test
    void the_certificate_margin_is_not_negative_and_at_most_ninety_days() {
        assertThat(ProbeRules.check(spec(200, Duration.ofSeconds(5), 0, Duration.ZERO, Duration.ofDays(90)))).isEmpty();
        assertThat(ProbeRules.check(spec(200, Duration.ofSeconds(5), 0, Duration.ZERO, Duration.ofDays(91))))
                .containsExactly(new FieldViolation("certificateMargin", "must be at most 90 days, was 91 days"));
        assertThat(ProbeRules.check(spec(200, Duration.ofSeconds(5), 0, Duration.ZERO, Duration.ofDays(-1))))
                .containsExactly(new FieldViolation("certificateMargin", "must not be negative"));
    }
}
