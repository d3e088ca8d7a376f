package dev.golive.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm file and the console's configuration agree on sign-out, and the lifetimes the READMEs
 * state are the realm's: Keycloak posts logout tokens to the path the console listens on, at the
 * port the local console runs on; tokens live 5 minutes, an idle SSO session 30 minutes, any 10 hours.
 */
class SessionSettingsTest {

    @Test
    void keycloak_posts_the_console_s_logout_tokens_where_the_local_console_takes_them() throws IOException {
        Properties console = consoleProperties();
        JsonNode client = consoleClient(realm());
        String expected = "http://127.0.0.1:" + console.getProperty("quarkus.http.port")
                + console.getProperty("quarkus.oidc.logout.backchannel.path");
        assertThat(client.path("attributes").path("backchannel.logout.url").asText()).isEqualTo(expected)
                .isEqualTo("http://127.0.0.1:8080/back-channel-logout");
        assertThat(client.path("attributes").path("backchannel.logout.session.required").asText())
                .as("the logout token names the session (sid), the key the console looks sessions up by")
                .isEqualTo("true");
        assertThat(console.getProperty("quarkus.oidc.logout.backchannel.logout-token-key")).isEqualTo("sid");
        assertThat(console.getProperty("quarkus.http.auth.permission.public.paths"))
                .as("Keycloak's call carries no session").contains("/back-channel-logout");
    }

    @Test
    void tokens_and_sso_sessions_live_as_long_as_the_readmes_say() throws IOException {
        JsonNode realm = realm();
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
        assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isEqualTo(30 * 60);
        assertThat(realm.path("ssoSessionMaxLifespan").asInt()).isEqualTo(10 * 60 * 60);
    }

    private static Properties consoleProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SessionSettingsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }

    private static JsonNode realm() throws IOException {
        String configured = System.getProperty("golive.repo.root");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("").toAbsolutePath().resolve("../..").normalize();
        return new ObjectMapper().readTree(Files.readString(root.resolve("deploy/keycloak/golive-realm.json")));
    }

    private static JsonNode consoleClient(JsonNode realm) {
        for (JsonNode client : realm.path("clients")) {
            if ("golive-console".equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no golive-console client in the realm file");
    }
}
