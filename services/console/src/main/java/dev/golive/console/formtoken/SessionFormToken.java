package dev.golive.console.formtoken;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The hidden token every state-changing console form carries: a keyed hash (HMAC-SHA256) of the
 * sign-in session it was rendered for. A page of that session holds it; another site cannot read
 * it, and another session's pages hold a different one. Nothing is stored: the console computes
 * it again from the session of the request and compares.
 */
public final class SessionFormToken {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public SessionFormToken(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A form token key needs at least 32 bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The token of the session named {@code sessionId} (never blank). */
    public String of(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new IllegalArgumentException("A form token belongs to a session; none given");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] hash = mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    /** Whether {@code presented} is the token of that session; compared in constant time. */
    public boolean matches(String sessionId, String presented) {
        if (presented == null || presented.isEmpty() || sessionId == null || sessionId.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(of(sessionId).getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
