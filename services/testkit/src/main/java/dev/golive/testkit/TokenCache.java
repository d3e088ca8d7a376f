package dev.golive.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens per user, each reused until shortly before it expires (its {@code exp} claim), so
 * a test run asks Keycloak once per user and token lifetime instead of once per request. Safe for
 * concurrent use: one user's token is fetched by one thread at a time.
 */
public final class TokenCache {

    /**
     * A token is renewed this long before its expiry: a request sent with it still reaches the
     * service, which checks it on arrival, while it is valid.
     */
    public static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, String> fetch;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAt) {
    }

    /** @param fetch a fresh access token (a JWT) for a username */
    public TokenCache(Function<String, String> fetch) {
        this(fetch, Clock.systemUTC());
    }

    TokenCache(Function<String, String> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    /** The demo users' tokens from {@code keycloak} (password grant on {@code golive-cli}). */
    public static TokenCache of(KeycloakServer keycloak) {
        return new TokenCache(user -> keycloak.accessToken(user, DemoUsers.PASSWORD));
    }

    /** A valid access token of {@code user}: the cached one, or a new one when it is about to expire. */
    public String accessToken(String user) {
        return tokens.compute(user, (u, cached) -> cached != null && clock.instant().isBefore(cached.renewAt())
                ? cached : fetched(u)).value();
    }

    /** {@code "Bearer <access token>"}, ready for an Authorization header. */
    public String bearer(String user) {
        return "Bearer " + accessToken(user);
    }

    private Token fetched(String user) {
        String jwt = fetch.apply(user);
        return new Token(jwt, expiry(jwt).minus(RENEW_BEFORE_EXPIRY));
    }

    /** The {@code exp} claim of a JWT (not verified: the token comes straight from the issuer). */
    static Instant expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a JWT: " + jwt);
        }
        try {
            JsonNode exp = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                    .path("exp");
            if (!exp.canConvertToLong()) {
                throw new IllegalArgumentException("A JWT without exp: " + jwt);
            }
            return Instant.ofEpochSecond(exp.asLong());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable JWT payload", e);
        }
    }
}
