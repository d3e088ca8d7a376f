package dev.golive.integration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Judges what a probe saw against what it expects. Every failure is reported, in this order:
 * <ol>
 *   <li>DNS: the host did not resolve;</li>
 *   <li>the request failed before a response — a timeout ("no response within 10 s"), or any
 *       other failure as observed;</li>
 *   <li>a response slower than the timeout (when the prober still got one);</li>
 *   <li>no response at all, when neither of the above explains it;</li>
 *   <li>the wrong HTTP status;</li>
 *   <li>for https, with a response: no certificate observed, or a certificate whose end of validity
 *       comes before the go-live date's first moment in {@code zone} plus the certificate margin;
 *       a certificate valid until exactly that moment passes;</li>
 *   <li>with a response: each JSON assertion, in pointer order, whose pointer has no value or
 *       another value (compared exactly as text).</li>
 * </ol>
 * Checks that need a response are skipped without one: their failure would say nothing new.
 */
public final class ProbeVerdict {

    private ProbeVerdict() {
    }

    public static ProbeResult judge(ProbeSpec spec, ProbeObservation o, LocalDate goLiveDate, ZoneId zone) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(o, "observation");
        Objects.requireNonNull(goLiveDate, "goLiveDate");
        Objects.requireNonNull(zone, "zone");
        List<String> failures = new ArrayList<>();
        String host = spec.target().getHost();
        if (!o.dnsResolved()) {
            failures.add("DNS: " + host + " did not resolve");
        }
        if (o.timedOut()) {
            failures.add("timed out: no response within " + Durations.describe(spec.timeout()));
        } else if (o.failure() != null && !o.failure().isBlank()) {
            failures.add("the request failed: " + o.failure().strip());
        }
        boolean responded = o.httpStatus() != null;
        if (responded && o.responseTime() != null && o.responseTime().compareTo(spec.timeout()) > 0) {
            failures.add("too slow: responded in " + Durations.describe(o.responseTime()) + ", beyond the timeout of "
                    + Durations.describe(spec.timeout()));
        }
        if (!responded) {
            if (failures.isEmpty()) {
                failures.add("no HTTP response");
            }
            return ProbeResult.of(failures);
        }
        if (o.httpStatus() != spec.expectedStatus()) {
            failures.add("expected HTTP " + spec.expectedStatus() + ", got " + o.httpStatus());
        }
        if (Endpoints.https(spec.target())) {
            Instant notBefore = certificateDeadline(spec, goLiveDate, zone);
            if (o.certificateNotAfter() == null) {
                failures.add("no TLS certificate was observed: its expiry cannot be checked");
            } else if (o.certificateNotAfter().isBefore(notBefore)) {
                failures.add("the TLS certificate expires at " + o.certificateNotAfter() + ", before " + notBefore
                        + " (the go-live date " + goLiveDate + " in " + zone + " plus a margin of "
                        + Durations.describe(spec.certificateMargin()) + ")");
            }
        }
        for (Map.Entry<String, String> a : spec.jsonAssertions().entrySet()) {
            String seen = o.jsonValues().get(a.getKey());
            if (seen == null) {
                failures.add(a.getKey() + ": expected " + Names.quote(a.getValue()) + ", found no value there");
            } else if (!seen.equals(a.getValue())) {
                failures.add(a.getKey() + ": expected " + Names.quote(a.getValue()) + ", got " + Names.quote(seen));
            }
        }
        return ProbeResult.of(failures);
    }

    /** The instant a certificate must stay valid until: the go-live date's first moment in {@code zone}, plus the margin. */
    public static Instant certificateDeadline(ProbeSpec spec, LocalDate goLiveDate, ZoneId zone) {
        return goLiveDate.atStartOfDay(zone).toInstant().plus(spec.certificateMargin());
    }

    /**
     * Whether an attempt is worth retrying after the backoff: the host did not resolve, the request
     * failed before a response (timeout, refused, reset — but not a refusal by the
     * address guard, which will refuse again), or the server answered 429 or 5xx when that
     * is not what the probe expects. A wrong 4xx, a certificate or an assertion will not change in
     * a few seconds.
     */
    public static boolean retryable(ProbeSpec spec, ProbeObservation o) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(o, "observation");
        if (o.refusedByPolicy()) {
            return false;
        }
        if (!o.dnsResolved() || o.timedOut() || (o.failure() != null && !o.failure().isBlank())) {
            return true;
        }
        Integer status = o.httpStatus();
        return status != null && status != spec.expectedStatus() && (status == 429 || status >= 500);
    }
}
