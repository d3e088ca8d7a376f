package dev.golive.testkit;

/** Access tokens of the demo users of the {@code golive} realm, from {@link KeycloakServer#shared()}. */
public final class Tokens {

    /** The password of every demo user (olivia, oscar, nina, tess, theo, sam, ada). */
    public static final String DEMO_PASSWORD = KeycloakServer.DEMO_PASSWORD;

    private Tokens() {
    }

    /** {@code "Bearer <access token>"} for a demo user, ready for an Authorization header. */
    public static String bearer(String username) {
        return "Bearer " + accessToken(username);
    }

    /** The raw access token (a JWT) of a demo user. */
    public static String accessToken(String username) {
        return KeycloakServer.shared().accessToken(username, DEMO_PASSWORD);
    }
}
