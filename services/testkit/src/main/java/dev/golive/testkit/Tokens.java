package dev.golive.testkit;

/**
 * Access tokens of the {@link DemoUsers demo users} from {@link KeycloakServer#shared()}, cached
 * JVM-wide (see {@link TokenCache}).
 */
public final class Tokens {

    /** Same as {@link DemoUsers#PASSWORD} (the console's browser tests sign in with it). */
    public static final String DEMO_PASSWORD = DemoUsers.PASSWORD;

    /** Started lazily: the shared Keycloak starts on the first token asked for. */
    private static final TokenCache SHARED = new TokenCache(
            user -> KeycloakServer.shared().accessToken(user, DemoUsers.PASSWORD));

    /** Machine callers' tokens ({@link DemoMachines}), by client id. */
    private static final TokenCache MACHINES = new TokenCache(
            client -> KeycloakServer.shared().clientCredentialsToken(client, DemoMachines.secret(client)));

    private Tokens() {
    }

    /** The JVM-wide cache behind {@link #accessToken(String)}. */
    public static TokenCache cache() {
        return SHARED;
    }

    /** {@code "Bearer <access token>"} for a demo user, ready for an Authorization header. */
    public static String bearer(String username) {
        return SHARED.bearer(username);
    }

    /** The access token (a JWT) of a demo user, reused until shortly before it expires. */
    public static String accessToken(String username) {
        return SHARED.accessToken(username);
    }

    /** The access token of a machine caller ({@link DemoMachines}), from the client-credentials grant. */
    public static String machineToken(String clientId) {
        return MACHINES.accessToken(clientId);
    }
}
