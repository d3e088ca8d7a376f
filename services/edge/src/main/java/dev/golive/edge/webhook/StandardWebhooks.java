package dev.golive.edge.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Webhook signatures as the Standard Webhooks specification (https://www.standardwebhooks.com)
 * defines them, for every webhook Golive sends or receives:
 * <ul>
 *   <li>{@value #ID_HEADER}: a unique id per message, the same on each retry — the receiver's
 *       idempotency key;</li>
 *   <li>{@value #TIMESTAMP_HEADER}: when it was sent, in whole seconds since the epoch;</li>
 *   <li>{@value #SIGNATURE_HEADER}: one or more space-separated {@code v1,<base64 HMAC-SHA256>}, of
 *       {@code "<id>.<timestamp>.<body>"} keyed by the secret's bytes.</li>
 * </ul>
 * A secret is {@code whsec_} followed by the standard base64 of its key bytes ({@link #newSecret}:
 * 32 random bytes). Signing the id and the time with the body means a captured request can be
 * sent again neither later (its time is then too old, {@link #TOLERANCE}) nor under another id
 * (its signature no longer matches); within the tolerance, the receiver remembers ids it has
 * seen. Pure: the time is an argument.
 */
public final class StandardWebhooks {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    /** How far a message's time may be from the receiver's clock, either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    public static final String SECRET_PREFIX = "whsec_";
    /** The longest message id accepted (the specification's ids are far shorter). */
    public static final int MAX_ID_LENGTH = 200;

    private static final String VERSION = "v1,";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardWebhooks() {
    }

    /** A new secret: {@code whsec_} and the base64 of 32 random bytes. Show it once; never log it. */
    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Whether {@code secret} is a usable {@code whsec_} secret (standard base64 of at least one byte). */
    public static boolean isSecret(String secret) {
        try {
            key(secret);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The HMAC key of a {@code whsec_} secret: its base64 part, decoded. */
    static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
        }
        byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        if (key.length == 0) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        return key;
    }

    /** The {@value #SIGNATURE_HEADER} value ({@code v1,<base64>}) of message {@code id} sent at {@code timestamp}. */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        requireId(id);
        return VERSION + Base64.getEncoder().encodeToString(mac(key(secret), id, timestamp, body));
    }

    /** The three headers of a message, ready to send. */
    public static Headers headers(String secret, String id, Instant sentAt, byte[] body) {
        long timestamp = sentAt.getEpochSecond();
        return new Headers(id, Long.toString(timestamp), sign(secret, id, timestamp, body));
    }

    /** What a sender puts on a request: {@value #ID_HEADER}, {@value #TIMESTAMP_HEADER}, {@value #SIGNATURE_HEADER}. */
    public record Headers(String id, String timestamp, String signature) {
    }

    /** Why a message was not accepted; said to the sender only as "invalid signature". */
    public enum Failure {
        MISSING_HEADER,
        BAD_TIMESTAMP,
        TOO_OLD_OR_TOO_NEW,
        NO_MATCHING_SIGNATURE
    }

    /** Accepted ({@code failure} null) or not. */
    public record Verification(Failure failure) {
        public boolean valid() {
            return failure == null;
        }
    }

    /**
     * Whether the message with these header values and this exact body was signed with
     * {@code secret} at most {@link #TOLERANCE} from {@code now}. Each {@code v1,} signature given
     * is compared in constant time; others (other versions, malformed) are skipped. Remembering
     * the id — refusing or ignoring one seen before — is the receiver's part.
     */
    public static Verification verify(String secret, String id, String timestamp, String signatures, byte[] body,
                                      Instant now) {
        Objects.requireNonNull(now, "now");
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH || timestamp == null || signatures == null
                || body == null) {
            return new Verification(Failure.MISSING_HEADER);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return new Verification(Failure.BAD_TIMESTAMP);
        }
        long skew;
        try {
            skew = Math.abs(Math.subtractExact(now.getEpochSecond(), seconds));
        } catch (ArithmeticException e) {
            return new Verification(Failure.TOO_OLD_OR_TOO_NEW);
        }
        // A negative skew is Math.abs(Long.MIN_VALUE): as far from now as it gets.
        if (skew < 0 || skew > TOLERANCE.toSeconds()) {
            return new Verification(Failure.TOO_OLD_OR_TOO_NEW);
        }
        byte[] expected = mac(key(secret), id, seconds, body);
        boolean matched = false;
        for (String candidate : signatures.strip().split(" +")) {
            if (!candidate.startsWith(VERSION)) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(VERSION.length()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // Every candidate is compared, in constant time: how many there are is the sender's, not a secret.
            matched |= MessageDigest.isEqual(expected, given);
        }
        return new Verification(matched ? null : Failure.NO_MATCHING_SIGNATURE);
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a message id is 1 to " + MAX_ID_LENGTH + " characters");
        }
    }

    private static byte[] mac(byte[] key, String id, long timestamp, byte[] body) {
        Objects.requireNonNull(body, "body");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
