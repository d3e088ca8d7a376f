package dev.golive.integration.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An automated check of one endpoint: a request to {@code target} that must answer
 * {@code expectedStatus} within {@code timeout}, tried {@code retries} more times after a transient
 * failure ({@link Backoff exponential backoff} from {@code initialBackoff}); for https, a
 * certificate valid until at least the go-live date plus {@code certificateMargin}; and, when
 * {@code jsonAssertions} is not empty, a JSON body with the expected text at each JSON pointer
 * ({@code /status → "ok"}). {@link ProbeRules} says whether it is valid; a {@code null} map is an
 * empty one, kept sorted by pointer.
 */
public record ProbeSpec(URI target, int expectedStatus, Duration timeout, int retries, Duration initialBackoff,
                        Map<String, String> jsonAssertions, Duration certificateMargin) {

    public static final int DEFAULT_STATUS = 200;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_RETRIES = 2;
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_CERTIFICATE_MARGIN = Duration.ofDays(14);

    public ProbeSpec {
        jsonAssertions = jsonAssertions == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(jsonAssertions));
    }

    /** A probe of {@code target} with the defaults: HTTP 200 within 10 s, 2 retries from 1 s, no assertion, 14 days of certificate margin. */
    public static ProbeSpec of(URI target) {
        return new ProbeSpec(target, DEFAULT_STATUS, DEFAULT_TIMEOUT, DEFAULT_RETRIES, DEFAULT_BACKOFF, Map.of(),
                DEFAULT_CERTIFICATE_MARGIN);
    }

    /** The backoff delays before each retry. */
    public List<Duration> delays() {
        return Backoff.delays(retries, initialBackoff);
    }

    /** The longest one run of this probe can take: every attempt timing out, with every delay between them. */
    public Duration worstCase() {
        Duration total = timeout.multipliedBy(retries + 1L);
        for (Duration d : delays()) {
            total = total.plus(d);
        }
        return total;
    }
}
