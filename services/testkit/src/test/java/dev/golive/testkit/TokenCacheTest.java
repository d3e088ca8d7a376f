package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A token is reused until shortly before its exp claim, per user. */
class TokenCacheTest {

    private static final Instant T0 = Instant.parse("2026-06-05T10:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private Instant now = T0;
    private final List<String> fetched = new ArrayList<>();

    private final TokenCache cache = new TokenCache(user -> {
        fetched.add(user);
        return jwt(user + "-" + fetched.size(), now.plus(LIFETIME));
    }, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aTokenIsReusedUntilShortlyBeforeItExpires() {
        String first = cache.accessToken("olivia");
        now = T0.plus(LIFETIME).minus(TokenCache.RENEW_BEFORE_EXPIRY).minusSeconds(1);
        assertThat(cache.accessToken("olivia")).isEqualTo(first);
        assertThat(fetched).containsExactly("olivia");

        now = T0.plus(LIFETIME).minus(TokenCache.RENEW_BEFORE_EXPIRY);
        String renewed = cache.accessToken("olivia");
        assertThat(renewed).isNotEqualTo(first);
        assertThat(fetched).containsExactly("olivia", "olivia");
        assertThat(cache.bearer("olivia")).isEqualTo("Bearer " + renewed);
    }

    @Test
    void eachUserHasItsOwnToken() {
        String olivia = cache.accessToken("olivia");
        String sam = cache.accessToken("sam");
        assertThat(sam).isNotEqualTo(olivia);
        assertThat(cache.accessToken("olivia")).isEqualTo(olivia);
        assertThat(fetched).containsExactly("olivia", "sam");
    }

    @Test
    void readsTheExpiryOfAJwt() {
        assertThat(TokenCache.expiry(jwt("x", T0))).isEqualTo(T0);
    }

    /** An unsigned JWT with a subject and an expiry: all the cache reads. */
    private static String jwt(String subject, Instant exp) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + subject + "\",\"exp\":" + exp.getEpochSecond() + "}")
                        .getBytes(StandardCharsets.UTF_8))
                + ".sig";
    }
}
