package dev.golive.integration.probe;

import java.time.Duration;
import java.util.Map;

/**
 * Body of {@code POST …/probes}: only {@code target} is required; the rest defaults to HTTP 200 within
 * 10 s, 2 retries from 1 s, no JSON assertion, 14 days of certificate margin.
 */
public record ProbeRequest(String target, Integer expectedStatus, Duration timeout, Integer retries,
                           Duration initialBackoff, Map<String, String> jsonAssertions, Duration certificateMargin) {
}
