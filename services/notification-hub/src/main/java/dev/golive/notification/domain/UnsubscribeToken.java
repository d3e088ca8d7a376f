package dev.golive.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The token of a mail's one-click unsubscribe link (RFC 8058): who it was sent to (the stakeholder,
 * i.e. one person in one cutover), the cutover and the kind of the notice, signed with HMAC-SHA256 and
 * the hub's secret, so nobody can turn off someone else's notices by editing the link. The kind
 * only says which mail the click came from; the click turns off every notice of that person in that
 * cutover (pages excepted, they are duty).
 *
 * <p>{@code base64url("v1:" stakeholder ":" cutover ":" KIND) "." base64url(hmac)}: readable by
 * anyone who has the mail, which names nothing they did not already know.
 */
public record UnsubscribeToken(UUID stakeholderId, UUID cutoverId, NoticeKind kind) {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public UnsubscribeToken {
        Objects.requireNonNull(stakeholderId, "stakeholderId");
        Objects.requireNonNull(cutoverId, "cutoverId");
        Objects.requireNonNull(kind, "kind");
    }

    /** The signed token, fit for a URL's query. */
    public String sign(byte[] secret) {
        byte[] claims = (VERSION + ":" + stakeholderId + ":" + cutoverId + ":" + kind.name()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(claims) + "." + ENCODER.encodeToString(mac(secret, claims));
    }

    /** The token's claims when it was signed with {@code secret} and is well formed; empty otherwise. */
    public static Optional<UnsubscribeToken> verify(String token, byte[] secret) {
        if (token == null || token.length() > 500) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] claims = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(secret, claims), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(claims, StandardCharsets.UTF_8).split(":");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            return Optional.of(new UnsubscribeToken(UUID.fromString(parts[1]), UUID.fromString(parts[2]),
                    NoticeKind.valueOf(parts[3])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] secret, byte[] claims) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(claims);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Never the secret, and not the signature either: logs show whose link it was at most. */
    @Override
    public String toString() {
        return "UnsubscribeToken[" + stakeholderId + " " + cutoverId + " " + kind + "]";
    }
}
