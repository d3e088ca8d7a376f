package dev.golive.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The signature of a webhook request, so that a receiver can tell that it came from Golive and was
 * not replayed: header {@value #HEADER} = {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} where the
 * HMAC, keyed by the target's secret, is of {@code "<t>.<body>"} — the time is signed with the
 * body, so an old request cannot be sent again with a fresh time.
 *
 * <p>A receiver recomputes it with the secret, compares in constant time, and refuses a time too
 * far from its own clock ({@link #verify}).
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Golive-Signature";
    /** How far a request's time may be from the receiver's clock. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value for {@code body} sent at {@code timestampSeconds}. */
    public static String sign(byte[] secret, long timestampSeconds, byte[] body) {
        return "t=" + timestampSeconds + ",v1=" + HexFormat.of().formatHex(mac(secret, timestampSeconds, body));
    }

    /**
     * Whether {@code header} is a valid signature of {@code body} by {@code secret}, made at most
     * {@code tolerance} before or after {@code now}. A malformed header is simply not valid. Other
     * {@code v1} values than the first are ignored.
     */
    public static boolean verify(byte[] secret, String header, byte[] body, Instant now, Duration tolerance) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(tolerance, "tolerance");
        if (header == null || secret == null || body == null) {
            return false;
        }
        Long timestamp = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String p = part.strip();
            if (p.startsWith("t=") && timestamp == null) {
                try {
                    timestamp = Long.parseLong(p.substring(2));
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (p.startsWith("v1=") && v1 == null) {
                v1 = p.substring(3);
            }
        }
        if (timestamp == null || v1 == null) {
            return false;
        }
        long skew;
        try {
            skew = Math.abs(Math.subtractExact(now.getEpochSecond(), timestamp));
        } catch (ArithmeticException e) {
            return false;
        }
        if (skew < 0 || skew > tolerance.toSeconds()) {
            // A negative skew is Math.abs(Long.MIN_VALUE): as far from now as it gets.
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(v1);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(secret, timestamp, body));
    }

    private static byte[] mac(byte[] secret, long timestampSeconds, byte[] body) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        if (secret.length == 0) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
