package dev.golive.integration.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.golive.integration.domain.Integrations.BRUSSELS;
import static dev.golive.integration.domain.Integrations.GO_LIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProbeVerdictTest {

    /** 14 days after the go-live date's midnight in Brussels (CEST, +02:00). */
    private static final Instant CERT_DEADLINE = Instant.parse("2026-06-18T22:00:00Z");
    private static final Instant CERT_FAR = Instant.parse("2027-03-01T00:00:00Z");

    private static final ProbeSpec SPEC = new ProbeSpec(URI.create("https://api.example.com/v1/health"), 200,
            Duration.ofSeconds(10), 2, Duration.ofSeconds(1), Map.of("/status", "ok", "/version", "19"), Duration.ofDays(14));

    private static ProbeObservation healthy() {
        return new ProbeObservation(200, Duration.ofMillis(180), CERT_FAR, true, null, Map.of("/status", "ok", "/version", "19"));
    }

    private static ProbeResult judge(ProbeObservation o) {
        return ProbeVerdict.judge(SPEC, o, GO_LIVE, BRUSSELS);
    }

    @Test
    void a_healthy_answer_passes() {
        assertThat(judge(healthy())).isEqualTo(new ProbeResult(true, List.of()));
    }

    static Stream<Arguments> singleFailures() {
        Map<String, String> ok = Map.of("/status", "ok", "/version", "19");
        return Stream.of(
                arguments("wrong status", new ProbeObservation(503, Duration.ofMillis(90), CERT_FAR, true, null, ok),
                        "expected HTTP 200, got 503"),
                arguments("timeout", new ProbeObservation(null, null, null, true, "timeout", Map.of()),
                        "timed out: no response within 10 s"),
                arguments("timeout, worded otherwise", new ProbeObservation(null, null, null, true, "Read timed out", Map.of()),
                        "timed out: no response within 10 s"),
                arguments("too slow", new ProbeObservation(200, Duration.ofMillis(12_500), CERT_FAR, true, null, ok),
                        "too slow: responded in 12.5 s, beyond the timeout of 10 s"),
                arguments("refused", new ProbeObservation(null, null, null, true, "refused", Map.of()),
                        "the request failed: refused"),
                arguments("DNS", new ProbeObservation(null, null, null, false, null, Map.of()),
                        "DNS: api.example.com did not resolve"),
                arguments("certificate", new ProbeObservation(200, Duration.ofMillis(90), Instant.parse("2026-06-10T12:00:00Z"), true, null, ok),
                        "the TLS certificate expires at 2026-06-10T12:00:00Z, before 2026-06-18T22:00:00Z (the go-live date "
                                + "2026-06-05 in Europe/Brussels plus a margin of 14 days)"),
                arguments("no certificate", new ProbeObservation(200, Duration.ofMillis(90), null, true, null, ok),
                        "no TLS certificate was observed: its expiry cannot be checked"),
                arguments("assertion mismatch", new ProbeObservation(200, Duration.ofMillis(90), CERT_FAR, true, null,
                        Map.of("/status", "degraded", "/version", "19")), "/status: expected \"ok\", got \"degraded\""),
                arguments("assertion without a value", new ProbeObservation(200, Duration.ofMillis(90), CERT_FAR, true, null,
                        Map.of("/status", "ok")), "/version: expected \"19\", found no value there"),
                arguments("nothing at all", new ProbeObservation(null, null, null, true, null, Map.of()), "no HTTP response"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFailures")
    void each_failure_alone_is_reported_in_words(String what, ProbeObservation o, String failure) {
        assertThat(judge(o)).isEqualTo(new ProbeResult(false, List.of(failure)));
    }

    @Test
    void several_failures_are_reported_together_in_order() {
        ProbeObservation bad = new ProbeObservation(500, Duration.ofSeconds(11), Instant.parse("2026-06-01T00:00:00Z"), true, null,
                Map.of("/status", "down", "/version", "16"));

        assertThat(judge(bad).failures()).containsExactly(
                "too slow: responded in 11 s, beyond the timeout of 10 s",
                "expected HTTP 200, got 500",
                "the TLS certificate expires at 2026-06-01T00:00:00Z, before 2026-06-18T22:00:00Z (the go-live date 2026-06-05 in "
                        + "Europe/Brussels plus a margin of 14 days)",
                "/status: expected \"ok\", got \"down\"",
                "/version: expected \"19\", got \"16\"");
    }

    @Test
    void without_a_response_the_checks_that_need_one_are_not_reported() {
        ProbeObservation dnsAndTimeout = new ProbeObservation(null, null, null, false, "timeout", Map.of());

        assertThat(judge(dnsAndTimeout).failures()).containsExactly("DNS: api.example.com did not resolve",
                "timed out: no response within 10 s");
    }

    @ParameterizedTest(name = "valid until {0}: passes {1}")
    @CsvSource({
        "2026-06-18T21:59:59.999Z, false",
        "2026-06-18T22:00:00Z,     true",
        "2026-06-18T22:00:01Z,     true"})
    void a_certificate_valid_exactly_until_the_go_live_date_plus_the_margin_passes(Instant notAfter, boolean passes) {
        ProbeObservation o = new ProbeObservation(200, Duration.ofMillis(90), notAfter, true, null, Map.of("/status", "ok", "/version", "19"));

        assertThat(ProbeVerdict.certificateDeadline(SPEC, GO_LIVE, BRUSSELS)).isEqualTo(CERT_DEADLINE);
        assertThat(judge(o).passed()).isEqualTo(passes);
    }

    @Test
    void the_go_live_date_begins_at_midnight_in_the_cutovers_zone() {
        ProbeSpec noMargin = new ProbeSpec(SPEC.target(), 200, SPEC.timeout(), 0, Duration.ZERO, Map.of(), Duration.ZERO);

        assertThat(ProbeVerdict.certificateDeadline(noMargin, GO_LIVE, ZoneId.of("Pacific/Auckland")))
                .isEqualTo(Instant.parse("2026-06-04T12:00:00Z"));
        assertThat(ProbeVerdict.certificateDeadline(noMargin, GO_LIVE, ZoneId.of("America/Chicago")))
                .isEqualTo(Instant.parse("2026-06-05T05:00:00Z"));
        // Where the day starts at 01:00 because midnight was skipped (Santiago, spring forward on 2026-09-06).
        assertThat(ProbeVerdict.certificateDeadline(noMargin, LocalDate.of(2026, 9, 6), ZoneId.of("America/Santiago")))
                .isEqualTo(Instant.parse("2026-09-06T04:00:00Z"));
    }

    @Test
    void a_plain_http_target_has_no_certificate_to_check() {
        ProbeSpec http = new ProbeSpec(URI.create("http://legacy.example.com/ping"), 200, Duration.ofSeconds(5), 0, Duration.ZERO,
                Map.of(), Duration.ofDays(14));

        assertThat(ProbeVerdict.judge(http, new ProbeObservation(200, Duration.ofMillis(40), null, true, null, null), GO_LIVE, BRUSSELS)
                .passed()).isTrue();
    }

    @Test
    void json_values_are_compared_exactly_as_text() {
        ProbeObservation o = new ProbeObservation(200, Duration.ofMillis(90), CERT_FAR, true, null, Map.of("/status", "OK", "/version", "19.0"));

        assertThat(judge(o).failures()).containsExactly("/status: expected \"ok\", got \"OK\"", "/version: expected \"19\", got \"19.0\"");
    }

    @ParameterizedTest(name = "{0}: retry {1}")
    @CsvSource(delimiter = '|', value = {
        "200 |       | true  | false",
        "503 |       | true  | true",
        "429 |       | true  | true",
        "404 |       | true  | false",
        "    | timeout | true  | true",
        "    | refused | true  | true",
        "    |       | false | true",
        "    | refused by address policy: 10.0.0.5 is private | true | false"})
    void only_transient_failures_are_retried(Integer status, String failure, boolean dns, boolean retry) {
        ProbeObservation o = new ProbeObservation(status, null, CERT_FAR, dns, failure, Map.of());

        assertThat(ProbeVerdict.retryable(SPEC, o)).isEqualTo(retry);
    }

    @Test
    void an_attempt_the_address_policy_refused_says_so() {
        ProbeObservation o = ProbeObservation.refusedByPolicy(true, "10.0.0.5 is private");

        assertThat(o.refusedByPolicy()).isTrue();
        assertThat(judge(o).failures()).containsExactly("the request failed: refused by address policy: 10.0.0.5 is private");
    }

    @Test
    void a_result_passes_exactly_when_nothing_failed() {
        assertThat(ProbeResult.of(List.of()).passed()).isTrue();
        assertThat(ProbeResult.of(List.of("x")).passed()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProbeResult(true, List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
