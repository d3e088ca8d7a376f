package dev.golive.edge.webhook;

import dev.golive.edge.webhook.StandardWebhooks.Failure;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StandardWebhooksTest {

    // The test vector the Standard Webhooks specification publishes: an independent reference.
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SPEC_NOW = Instant.ofEpochSecond(SPEC_TIMESTAMP);

    private static StandardWebhooks.Verification verifySpec(String id, String timestamp, String signatures, byte[] body,
                                                            Instant now) {
        return StandardWebhooks.verify(SPEC_SECRET, id, timestamp, signatures, body, now);
    }

    /**
     * HMAC-SHA256 written out from RFC 2104 over SHA-256 alone, so the signature is also checked
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
    void the_signature_is_the_base64_hmac_of_id_dot_timestamp_dot_body_keyed_by_the_decoded_secret() throws Exception {
        String secret = StandardWebhooks.newSecret();
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        byte[] body = "{\"kind\":\"DOWNTIME_STARTED\"}".getBytes(StandardCharsets.UTF_8);
        byte[] signed = ("d-1.1796403600." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);

        assertThat(StandardWebhooks.sign(secret, "d-1", 1796403600L, body))
                .isEqualTo("v1," + Base64.getEncoder().encodeToString(hmacSha256ByHand(key, signed)));
        assertThat(hmacSha256ByHand(Base64.getDecoder().decode(SPEC_SECRET.substring(6)),
                (SPEC_ID + "." + SPEC_TIMESTAMP + "." + new String(SPEC_BODY, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Base64.getDecoder().decode(SPEC_SIGNATURE.substring(3)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",         // no version
        "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",      // another version
        "v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",     // the right digest under a look-alike version
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1O==",      // one byte short
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OEAAA==",  // one byte long
        "v1,g0hM9SsE-OTPJTGt_tmIKtSyZlE3uFJELVlNIOLJ1OE=",      // base64url, not base64
        "v1=g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        "v1,",
        "garbage",
    })
    void a_missing_or_malformed_signature_header_does_not_verify(String header) {
        assertThat(verifySpec(SPEC_ID, "1614265330", header, SPEC_BODY, SPEC_NOW).valid()).isFalse();
    }

    @Test
    void a_body_with_one_bit_changed_does_not_verify() {
        byte[] tampered = Arrays.copyOf(SPEC_BODY, SPEC_BODY.length);
        tampered[3] ^= 1;

        assertThat(verifySpec(SPEC_ID, "1614265330", SPEC_SIGNATURE, tampered, SPEC_NOW).valid()).isFalse();
    }

    @Test
    void signing_the_specifications_test_vector_gives_its_published_signature() {
        assertThat(StandardWebhooks.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
        assertThat(StandardWebhooks.headers(SPEC_SECRET, SPEC_ID, SPEC_NOW, SPEC_BODY))
                .isEqualTo(new StandardWebhooks.Headers(SPEC_ID, "1614265330", SPEC_SIGNATURE));
    }

    @Test
    void the_specifications_published_signature_verifies() {
        assertThat(verifySpec(SPEC_ID, "1614265330", SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).valid()).isTrue();
    }

    @Test
    void any_of_several_space_separated_signatures_may_match_and_other_versions_are_skipped() {
        String others = "v1a,abc v2,Zm9v v1,not-base64!! v1," + Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(verifySpec(SPEC_ID, "1614265330", others + " " + SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).valid()).isTrue();
        assertThat(verifySpec(SPEC_ID, "1614265330", SPEC_SIGNATURE + "  " + others, SPEC_BODY, SPEC_NOW).valid()).isTrue();
        assertThat(verifySpec(SPEC_ID, "1614265330", others, SPEC_BODY, SPEC_NOW).failure())
                .isEqualTo(Failure.NO_MATCHING_SIGNATURE);
    }

    @Test
    void a_captured_body_and_signature_are_refused_under_another_id_or_another_time() {
        assertThat(verifySpec("msg_other", "1614265330", SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).failure())
                .isEqualTo(Failure.NO_MATCHING_SIGNATURE);
        assertThat(verifySpec(SPEC_ID, "1614265331", SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).failure())
                .isEqualTo(Failure.NO_MATCHING_SIGNATURE);
        byte[] altered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertThat(verifySpec(SPEC_ID, "1614265330", SPEC_SIGNATURE, altered, SPEC_NOW).failure())
                .isEqualTo(Failure.NO_MATCHING_SIGNATURE);
        assertThat(StandardWebhooks.verify(StandardWebhooks.newSecret(), SPEC_ID, "1614265330", SPEC_SIGNATURE,
                SPEC_BODY, SPEC_NOW).failure()).isEqualTo(Failure.NO_MATCHING_SIGNATURE);
    }

    @Test
    void a_message_more_than_five_minutes_from_the_receivers_clock_is_refused_either_way() {
        Duration tolerance = StandardWebhooks.TOLERANCE;
        assertThat(tolerance).isEqualTo(Duration.ofMinutes(5));
        assertThat(verifySpec(SPEC_ID, "1614265330", SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW.plus(tolerance)).valid()).isTrue();
        assertThat(verifySpec(SPEC_ID, "1614265330", SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW.minus(tolerance)).valid()).isTrue();
        assertThat(verifySpec(SPEC_ID, "1614265330", SPEC_SIGNATURE, SPEC_BODY,
                SPEC_NOW.plus(tolerance).plusSeconds(1)).failure()).isEqualTo(Failure.TOO_OLD_OR_TOO_NEW);
        assertThat(verifySpec(SPEC_ID, "1614265330", SPEC_SIGNATURE, SPEC_BODY,
                SPEC_NOW.minus(tolerance).minusSeconds(1)).failure()).isEqualTo(Failure.TOO_OLD_OR_TOO_NEW);
        assertThat(verifySpec(SPEC_ID, Long.toString(Long.MIN_VALUE), SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).failure())
                .isEqualTo(Failure.TOO_OLD_OR_TOO_NEW);
    }

    @Test
    void missing_or_malformed_headers_are_not_valid() {
        assertThat(verifySpec(null, "1614265330", SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).failure()).isEqualTo(Failure.MISSING_HEADER);
        assertThat(verifySpec(" ", "1614265330", SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).failure()).isEqualTo(Failure.MISSING_HEADER);
        assertThat(verifySpec("x".repeat(201), "1614265330", SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).failure())
                .isEqualTo(Failure.MISSING_HEADER);
        assertThat(verifySpec(SPEC_ID, null, SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).failure()).isEqualTo(Failure.MISSING_HEADER);
        assertThat(verifySpec(SPEC_ID, "1614265330", null, SPEC_BODY, SPEC_NOW).failure()).isEqualTo(Failure.MISSING_HEADER);
        assertThat(verifySpec(SPEC_ID, "yesterday", SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW).failure()).isEqualTo(Failure.BAD_TIMESTAMP);
        assertThat(verifySpec(SPEC_ID, "1614265330", "", SPEC_BODY, SPEC_NOW).failure()).isEqualTo(Failure.NO_MATCHING_SIGNATURE);
    }

    @Test
    void a_new_secret_is_whsec_and_the_base64_of_32_random_bytes_and_signs_what_it_verifies() {
        String secret = StandardWebhooks.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(StandardWebhooks.newSecret()).isNotEqualTo(secret);
        assertThat(StandardWebhooks.isSecret(secret)).isTrue();

        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.parse("2026-12-05T22:00:00Z");
        StandardWebhooks.Headers headers = StandardWebhooks.headers(secret, "delivery-1", now, body);
        assertThat(StandardWebhooks.verify(secret, headers.id(), headers.timestamp(), headers.signature(), body,
                now.plusSeconds(30)).valid()).isTrue();
    }

    @Test
    void only_whsec_secrets_in_standard_base64_are_secrets() {
        assertThat(StandardWebhooks.isSecret(SPEC_SECRET)).isTrue();
        assertThat(StandardWebhooks.isSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isFalse();
        assertThat(StandardWebhooks.isSecret("whsec_")).isFalse();
        assertThat(StandardWebhooks.isSecret("whsec_not base64!")).isFalse();
        assertThat(StandardWebhooks.isSecret(null)).isFalse();
        assertThatThrownBy(() -> StandardWebhooks.sign("0123abcd", SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandardWebhooks.sign(SPEC_SECRET, "", SPEC_TIMESTAMP, SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_receiver_without_a_database_remembers_ids_long_enough_to_refuse_a_replay() {
        RecentIds seen = new RecentIds();
        Instant now = Instant.parse("2026-12-05T22:00:00Z");
        assertThat(seen.firstTime("msg_1", now)).isTrue();
        assertThat(seen.firstTime("msg_1", now.plus(StandardWebhooks.TOLERANCE))).isFalse();
        assertThat(seen.firstTime("msg_2", now.plusSeconds(1))).isTrue();
        // Past twice the tolerance, the timestamp check refuses the message: the id may be forgotten.
        assertThat(seen.firstTime("msg_1", now.plus(StandardWebhooks.TOLERANCE.multipliedBy(2)).plusSeconds(1))).isTrue();
    }
}
