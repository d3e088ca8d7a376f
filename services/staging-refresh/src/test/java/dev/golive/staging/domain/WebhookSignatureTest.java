package dev.golive.staging.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookSignatureTest {

    private static final byte[] SECRET = "It's a Secret to Everybody".getBytes(UTF_8);
    private static final byte[] BODY = "Hello, World!".getBytes(UTF_8);
    /** The example GitHub documents for its X-Hub-Signature-256 header, computed independently of this code. */
    private static final String EXPECTED = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    @Test
    void the_signature_is_the_lowercase_hex_hmac_sha256_of_the_body() {
        assertThat(WebhookSignature.sign(SECRET, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void the_signature_matches_rfc_4231_test_case_2() {
        assertThat(WebhookSignature.sign("Jefe".getBytes(UTF_8), "what do ya want for nothing?".getBytes(UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void a_body_signed_with_the_secret_verifies() {
        byte[] body = "{\"event\":\"attempt.finished\",\"ok\":true}".getBytes(UTF_8);

        assertThat(WebhookSignature.verify(SECRET, body, WebhookSignature.sign(SECRET, body))).isTrue();
    }

    @Test
    void a_body_signed_with_another_secret_does_not_verify() {
        assertThat(WebhookSignature.verify("another secret".getBytes(UTF_8), BODY, EXPECTED)).isFalse();
    }

    @Test
    void a_tampered_body_does_not_verify() {
        assertThat(WebhookSignature.verify(SECRET, "Hello, World?".getBytes(UTF_8), EXPECTED)).isFalse();
    }

    @Test
    void the_hex_digits_may_come_in_capitals() {
        String upper = "sha256=" + EXPECTED.substring("sha256=".length()).toUpperCase(Locale.ROOT);

        assertThat(WebhookSignature.verify(SECRET, BODY, upper)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",          // no prefix
        "sha1=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",     // other algorithm
        "sha512=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",   // the right digits, wrong algorithm
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1",    // one digit short
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17ab", // one byte long
        "sha256=zz7107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",   // not hex
        "sha256=",
        "garbage",
    })
    void a_missing_or_malformed_header_does_not_verify(String header) {
        assertThat(WebhookSignature.verify(SECRET, BODY, header)).isFalse();
    }

    @Test
    void an_empty_secret_is_a_configuration_error_not_a_signature() {
        assertThatThrownBy(() -> WebhookSignature.sign(new byte[0], BODY)).isInstanceOf(IllegalArgumentException.class);
    }
}
