package dev.golive.integration.probe;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the HTTP prober needs and what it reports, free of the domain's rules: the prober carries out
 * one request (with its redirects and retries) and says what it saw; judging that is the domain's job.
 */
public final class ProbeTransport {

    /** One attempt: a method and URL, and how long it may take in all (redirects included). */
    public record Request(String method, URI url, Duration timeout) {
    }

    /** Why no usable answer came back. */
    public enum Error {
        /** The target is not an absolute http(s) URL. */
        INVALID_TARGET,
        /** The host (or a redirect's) resolved to an address the policy refuses; nothing was sent. */
        ADDRESS_REFUSED,
        /** The host name does not resolve. */
        DNS,
        /** No connection (refused, unreachable, connect timeout). */
        CONNECT,
        /** No complete answer within the probe's timeout. */
        TIMEOUT,
        /** The TLS handshake failed (untrusted or invalid certificate, name mismatch). */
        TLS,
        /** More redirects than allowed. */
        TOO_MANY_REDIRECTS,
        /** The body was longer than the prober reads. */
        BODY_TOO_LARGE,
        /** Any other transport failure. */
        IO
    }

    /**
     * What a run saw. {@code target} is the last URL asked (after redirects); {@code httpStatus} and
     * {@code jsonValues} those of the last answer (the values found at the asked JSON pointers, as JSON text,
     * a string without quotes); {@code bodyTooLarge} says the body was longer than the prober reads; {@code certificateExpiresAt}
     * is the earliest notAfter of the server certificates met over TLS on the way.
     */
    public record Outcome(URI target, Integer httpStatus, Duration responseTime, Map<String, String> jsonValues, boolean bodyTooLarge,
                          Instant certificateExpiresAt, String certificateSubject, List<URI> redirects,
                          Error error, String errorDetail) {

        public boolean answered() {
            return httpStatus != null;
        }
    }

    private ProbeTransport() {
    }
}
