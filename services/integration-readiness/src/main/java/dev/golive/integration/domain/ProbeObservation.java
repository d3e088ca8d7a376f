package dev.golive.integration.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one attempt of a probe saw: the HTTP status ({@code null} without a response), how long the
 * response took ({@code null} without one), the certificate's end of validity ({@code null} for
 * http or without a TLS handshake), whether the host name resolved, what went wrong before a
 * response ({@value #TIMEOUT}, {@value #REFUSED}, {@value #REFUSED_BY_POLICY}…,
 * {@code response body larger than 262144 bytes}; {@code null} when nothing did), and the values
 * found at the asserted JSON pointers (a pointer with no value is absent; a value is its JSON
 * text: a string without quotes, {@code 42}, {@code true}, {@code null}).
 */
public record ProbeObservation(Integer httpStatus, Duration responseTime, Instant certificateNotAfter, boolean dnsResolved,
                               String failure, Map<String, String> jsonValues) {

    /** The {@code failure} of an attempt that got no response within the timeout. */
    public static final String TIMEOUT = "timeout";
    /** The {@code failure} of an attempt whose connection was refused. */
    public static final String REFUSED = "refused";
    /** How the {@code failure} of an attempt the address guard ({@code dev.golive.edge.address.AddressPolicy}) refused starts. */
    public static final String REFUSED_BY_POLICY = "refused by address policy: ";

    public ProbeObservation {
        jsonValues = jsonValues == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(jsonValues));
    }

    /** The observation of an attempt that never left: the address policy refused it, for {@code reason}. */
    public static ProbeObservation refusedByPolicy(boolean dnsResolved, String reason) {
        return new ProbeObservation(null, null, null, dnsResolved, REFUSED_BY_POLICY + reason, Map.of());
    }

    /** Whether the address policy refused the attempt. */
    public boolean refusedByPolicy() {
        return failure != null && failure.startsWith(REFUSED_BY_POLICY);
    }

    /** Whether {@code failure} says the attempt timed out ({@value #TIMEOUT}, "timed out", any case). */
    public boolean timedOut() {
        if (failure == null) {
            return false;
        }
        String f = failure.toLowerCase(Locale.ROOT);
        return f.contains("timeout") || f.contains("timed out");
    }
}
