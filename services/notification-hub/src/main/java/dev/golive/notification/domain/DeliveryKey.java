package dev.golive.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The idempotency key of one delivery — unique in the delivery log, so that an event consumed
 * twice, or a reminder fired twice, sends nothing twice.
 *
 * <p>It is {@code "d1-"} and the SHA-256 (hex) of the parts, each prefixed by its length: fixed
 * in length (67 characters) whatever the ids, and two different lists of parts never give the same
 * text ({@code "a|b","c"} and {@code "a","b|c"} differ). The {@code d1} names this recipe, should
 * it ever change.
 */
public final class DeliveryKey {

    public static final int LENGTH = 67;

    private DeliveryKey() {
    }

    /**
     * @param source     what was delivered: {@link Notice#key()} (a source event id alone when one
     *                   event makes one notice)
     * @param targetId   the webhook target id, or {@value Addressee#SINGLE_TARGET} for e-mail and feed
     */
    public static String of(String source, String stakeholderId, Channel channel, String targetId) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stakeholderId, "stakeholderId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(targetId, "targetId");
        MessageDigest sha = Sha256.digest();
        for (String part : new String[] {source, stakeholderId, channel.name(), targetId}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return "d1-" + HexFormat.of().formatHex(sha.digest());
    }

    /** The key of delivering {@code notice} to {@code addressee}. */
    public static String of(Notice notice, Addressee addressee) {
        return of(notice.key(), addressee.recipient().stakeholderId(), addressee.channel(), addressee.targetId());
    }
}
