package dev.golive.console.formtoken;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionFormTokenTest {

    private static final byte[] KEY = "a key of exactly thirty-two bytes".substring(0, 32).getBytes(StandardCharsets.UTF_8);

    private final SessionFormToken tokens = new SessionFormToken(KEY);

    @Test
    void a_session_always_gets_the_same_token_and_another_session_another_one() {
        String token = tokens.of("sid:7f3a");
        assertThat(token).isEqualTo(tokens.of("sid:7f3a")).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(tokens.of("sid:7f3b")).isNotEqualTo(token);
        assertThat(new SessionFormToken("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8)).of("sid:7f3a"))
                .as("another console key").isNotEqualTo(token);
    }

    @Test
    void only_the_session_s_own_token_matches() {
        String token = tokens.of("sid:7f3a");
        assertThat(tokens.matches("sid:7f3a", token)).isTrue();
        assertThat(tokens.matches("sid:7f3b", token)).isFalse();
        assertThat(tokens.matches("sid:7f3a", tokens.of("sid:7f3b"))).isFalse();
        assertThat(tokens.matches("sid:7f3a", token.substring(1))).isFalse();
        assertThat(tokens.matches("sid:7f3a", "")).isFalse();
        assertThat(tokens.matches("sid:7f3a", null)).isFalse();
        assertThat(tokens.matches(null, token)).as("a request without a session").isFalse();
    }

    @Test
    void a_key_shorter_than_32_bytes_is_refused() {
        assertThatThrownBy(() -> new SessionFormToken("too short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }
}
