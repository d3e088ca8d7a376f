package dev.golive.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a Quarkus test's OIDC at the {@code golive} realm of the JVM-wide
 * {@link KeycloakServer#shared() Keycloak} ({@code quarkus.oidc.auth-server-url} and
 * {@code quarkus.oidc.token.issuer}). Stopping the resource leaves Keycloak running for the next
 * Quarkus boot in this JVM; a shutdown hook stops it.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String issuer = KeycloakServer.shared().issuer();
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.token.issuer", issuer);
    }

    @Override
    public void stop() {
        // shared server: stopped by its shutdown hook
    }
}
