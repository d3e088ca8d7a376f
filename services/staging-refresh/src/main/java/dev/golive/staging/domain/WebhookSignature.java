package dev.golive.staging.domain;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call: HMAC-SHA256 of the raw request body with a shared secret, sent
 * as {@code sha256=<64 lowercase hex digits>}. Verify the bytes as received, before parsing them.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int HEX_LENGTH = 64;

    private WebhookSignature() {
    }

    /** {@code sha256=} and the lowercase hex HMAC-SHA256 of {@code body} with {@code secret}. */
    public static String sign(byte[] secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    /**
     * Whether {@code header} is the signature of {@code body} with {@code secret}. A missing, blank
     * or malformed header is simply not a match. The hex digits may be in either case; the
     * comparison of the digests takes the same time wherever they differ.
     */
    public static boolean verify(byte[] secret, byte[] body, String header) {
        Objects.requireNonNull(body, "body");
        if (header == null) {
            return false;
        }
        String h = header.strip();
        if (!h.startsWith(PREFIX) || h.length() != PREFIX.length() + HEX_LENGTH) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(h, PREFIX.length(), h.length());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    private static byte[] hmac(byte[] secret, byte[] body) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        if (secret.length == 0) {
            throw new IllegalArgumentException("a webhook secret cannot be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is required of every Java platform", e);
        }
    }
}
