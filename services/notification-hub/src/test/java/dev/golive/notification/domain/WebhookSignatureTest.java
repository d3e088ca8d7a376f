package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookSignatureTest {

    private static final byte[] SECRET = "whsec-test-4f1c2a".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"kind\":\"DOWNTIME_STARTED\",\"cutoverId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8);
    private static final long TS = 1_796_403_600L;
    private static final Instant SENT = Instant.ofEpochSecond(TS);
    private static final Duration TOLERANCE = WebhookSignature.DEFAULT_TOLERANCE;

    /**
     * HMAC-SHA256 written out from RFC 2104 over SHA-256 alone, so the signature is checked
     * against a computation that does not go through javax.crypto.Mac.
     */
    private static byte[] hmacSha256ByHand(byte[] key, byte[] message) throws Exception {
        int block = 64;
        byte[] k = key.length > block ? MessageDigest.getInstance("SHA-256").digest(key) : key;
        k = Arrays.copyOf(k, block);
        byte[] inner = new byte[block];
        byte[] outer = new byte[block];
        for (int i = 0; i < block; i++) {
            inner[i] = (byte) (k[i] ^ 0x36);
            outer[i] = (byte) (k[i] ^ 0x5c);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(inner);
        byte[] innerHash = sha.digest(message);
        sha.update(outer);
        return sha.digest(innerHash);
    }

    @Test
    void the_hand_written_hmac_gives_the_rfc_4231_answer() throws Exception {
        // RFC 4231, test case 2.
        byte[] mac = hmacSha256ByHand("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));

        assertThat(HexFormat.of().formatHex(mac)).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void the_header_carries_the_time_and_the_hmac_of_time_dot_body() throws Exception {
        byte[] signed = (TS + "." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String expected = "t=" + TS + ",v1=" + HexFormat.of().formatHex(hmacSha256ByHand(SECRET, signed));

        assertThat(WebhookSignature.sign(SECRET, TS, BODY)).isEqualTo(expected);
        assertThat(WebhookSignature.HEADER).isEqualTo("X-Golive-Signature");
    }

    @Test
    void a_receiver_with_the_secret_accepts_it_within_the_tolerance() {
        String header = WebhookSignature.sign(SECRET, TS, BODY);

        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT, TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plus(TOLERANCE), TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.minus(TOLERANCE), TOLERANCE)).isTrue();
    }

    @Test
    void a_replay_outside_the_tolerance_is_refused() {
        String header = WebhookSignature.sign(SECRET, TS, BODY);

        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plus(TOLERANCE).plusSeconds(1), TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.minus(TOLERANCE).minusSeconds(1), TOLERANCE)).isFalse();
    }

    @Test
    void a_tampered_body_time_or_secret_is_refused() {
        String header = WebhookSignature.sign(SECRET, TS, BODY);
        byte[] tampered = Arrays.copyOf(BODY, BODY.length);
        tampered[10] ^= 1;
        String otherTime = header.replace("t=" + TS, "t=" + (TS + 1));

        assertThat(WebhookSignature.verify(SECRET, header, tampered, SENT, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, otherTime, BODY, SENT, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("another-secret".getBytes(StandardCharsets.UTF_8), header, BODY, SENT, TOLERANCE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "t=1796403600", "v1=00ff", "t=abc,v1=00", "t=1796403600,v1=zz", "t=1796403600,v1=00ff",
            "garbage", "t=-9223372036854775808,v1=00", "t=9223372036854775807,v1=00"})
    void a_malformed_header_is_not_valid(String header) {
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, null, BODY, SENT, TOLERANCE)).isFalse();
    }

    @Test
    void spaces_around_the_parts_are_tolerated() {
        String header = WebhookSignature.sign(SECRET, TS, BODY).replace(",", ", ");

        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT, TOLERANCE)).isTrue();
    }

    @Test
    void an_empty_secret_cannot_sign() {
        assertThatThrownBy(() -> WebhookSignature.sign(new byte[0], TS, BODY)).isInstanceOf(IllegalArgumentException.class);
    }
}
