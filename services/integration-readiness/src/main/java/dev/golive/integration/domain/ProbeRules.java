package dev.golive.integration.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a {@link ProbeSpec}; violations name the field as in the JSON body, in the order of
 * the record's components.
 * <ul>
 *   <li>{@code target} an absolute http or https URI naming a host, without user info (whether
 *       its address may be reached is decided when it runs, by the shared address guard, {@code dev.golive.edge.address.AddressPolicy});</li>
 *   <li>{@code expectedStatus} an HTTP status, 100 to 599;</li>
 *   <li>{@code timeout} positive, at most {@link #MAX_TIMEOUT};</li>
 *   <li>{@code retries} 0 to {@value #MAX_RETRIES}; {@code initialBackoff} not negative, at most
 *       {@link #MAX_BACKOFF}, and positive when there are retries;</li>
 *   <li>one run at most {@link #MAX_WORST_CASE} even if every attempt times out
 *       ({@link ProbeSpec#worstCase()}), named on {@code retries};</li>
 *   <li>at most {@value #MAX_ASSERTIONS} JSON assertions, each keyed by a JSON pointer
 *       (RFC 6901: {@code /a/0/b~1c}, not empty — the whole document is not compared as text)
 *       with a non-null expected text of at most {@value #MAX_EXPECTED} characters, named
 *       {@code jsonAssertions["/status"]};</li>
 *   <li>{@code certificateMargin} not negative, at most {@link #MAX_CERTIFICATE_MARGIN}.</li>
 * </ul>
 */
public final class ProbeRules {

    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(1);
    public static final int MAX_RETRIES = 5;
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    public static final Duration MAX_WORST_CASE = Duration.ofMinutes(5);
    public static final int MAX_ASSERTIONS = 20;
    public static final int MAX_POINTER = 500;
    public static final int MAX_EXPECTED = 1_000;
    public static final Duration MAX_CERTIFICATE_MARGIN = Duration.ofDays(90);
    /** The most of a response body a prober reads; a longer body fails the probe instead of filling memory. */
    public static final int MAX_RESPONSE_BODY_BYTES = 256 * 1024;
    /** The most redirects a prober follows, each re-checked by the address guard (its own limit is the same 5). */
    public static final int MAX_REDIRECTS = 5;

    private ProbeRules() {
    }

    public static List<FieldViolation> check(ProbeSpec spec) {
        List<FieldViolation> v = new ArrayList<>();
        if (spec == null) {
            v.add(new FieldViolation("probe", "is required"));
            return List.copyOf(v);
        }
        if (spec.target() == null) {
            v.add(new FieldViolation("target", "is required"));
        } else {
            Endpoints.problem(spec.target()).ifPresent(m -> v.add(new FieldViolation("target", m)));
        }
        if (spec.expectedStatus() < 100 || spec.expectedStatus() > 599) {
            v.add(new FieldViolation("expectedStatus", "must be an HTTP status from 100 to 599, was " + spec.expectedStatus()));
        }
        boolean timeoutOk = positiveAtMost(v, "timeout", spec.timeout(), MAX_TIMEOUT);
        boolean retriesOk = spec.retries() >= 0 && spec.retries() <= MAX_RETRIES;
        if (!retriesOk) {
            v.add(new FieldViolation("retries", "must lie between 0 and " + MAX_RETRIES + ", was " + spec.retries()));
        }
        boolean backoffOk = false;
        Duration backoff = spec.initialBackoff();
        if (backoff == null) {
            v.add(new FieldViolation("initialBackoff", "is required"));
        } else if (backoff.isNegative()) {
            v.add(new FieldViolation("initialBackoff", "must not be negative"));
        } else if (backoff.compareTo(MAX_BACKOFF) > 0) {
            v.add(new FieldViolation("initialBackoff", "must be at most " + MAX_BACKOFF + ", was " + backoff));
        } else if (backoff.isZero() && retriesOk && spec.retries() > 0) {
            v.add(new FieldViolation("initialBackoff", "must be positive when there are retries: a retry at once hits the same failure"));
        } else {
            backoffOk = true;
        }
        if (timeoutOk && retriesOk && backoffOk && spec.worstCase().compareTo(MAX_WORST_CASE) > 0) {
            v.add(new FieldViolation("retries", "would let one run take up to " + Durations.describe(spec.worstCase())
                    + " when every attempt times out; at most " + Durations.describe(MAX_WORST_CASE)));
        }
        Map<String, String> assertions = spec.jsonAssertions();
        if (assertions.size() > MAX_ASSERTIONS) {
            v.add(new FieldViolation("jsonAssertions", "must have at most " + MAX_ASSERTIONS + " entries, had " + assertions.size()));
        } else {
            assertions.forEach((pointer, expected) -> {
                String field = "jsonAssertions[\"" + pointer + "\"]";
                pointerProblem(pointer).ifPresent(m -> v.add(new FieldViolation(field, m)));
                if (expected == null) {
                    v.add(new FieldViolation(field, "needs the expected text"));
                } else if (expected.length() > MAX_EXPECTED) {
                    v.add(new FieldViolation(field, "must expect at most " + MAX_EXPECTED + " characters, was " + expected.length()));
                }
            });
        }
        Duration margin = spec.certificateMargin();
        if (margin == null) {
            v.add(new FieldViolation("certificateMargin", "is required"));
        } else if (margin.isNegative()) {
            v.add(new FieldViolation("certificateMargin", "must not be negative"));
        } else if (margin.compareTo(MAX_CERTIFICATE_MARGIN) > 0) {
            v.add(new FieldViolation("certificateMargin", "must be at most " + Durations.describe(MAX_CERTIFICATE_MARGIN)
                    + ", was " + Durations.describe(margin)));
        }
        return List.copyOf(v);
    }

    /** What is wrong with {@code pointer} as an RFC 6901 JSON pointer to a value inside the document, or empty. */
    static Optional<String> pointerProblem(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return Optional.of("must be keyed by a JSON pointer to a value, such as /status");
        }
        if (pointer.length() > MAX_POINTER) {
            return Optional.of("must be keyed by a JSON pointer of at most " + MAX_POINTER + " characters");
        }
        if (pointer.charAt(0) != '/') {
            return Optional.of("must be keyed by a JSON pointer, which starts with /");
        }
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '~' && (i + 1 == pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1'))) {
                return Optional.of("must be keyed by a valid JSON pointer: ~ is written ~0 and / inside a name ~1");
            }
        }
        return Optional.empty();
    }

    private static boolean positiveAtMost(List<FieldViolation> v, String field, Duration d, Duration max) {
        if (d == null) {
            v.add(new FieldViolation(field, "is required"));
        } else if (d.isNegative() || d.isZero()) {
            v.add(new FieldViolation(field, "must be positive"));
        } else if (d.compareTo(max) > 0) {
            v.add(new FieldViolation(field, "must be at most " + max + ", was " + d));
        } else {
            return true;
        }
        return false;
    }
}
