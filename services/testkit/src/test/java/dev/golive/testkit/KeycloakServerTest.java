package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class KeycloakServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void passwordGrantGivesATokenWithRolesAudienceAndIssuer() throws Exception {
        KeycloakServer keycloak = KeycloakServer.shared();
        assertThat(keycloak.issuer()).isEqualTo("http://127.0.0.1:" + keycloak.port() + "/realms/golive");

        JsonNode payload = payload(keycloak.accessToken(DemoUsers.OPS_LEAD, DemoUsers.PASSWORD));

        assertThat(texts(payload.path("realm_access").path("roles"))).contains("ops-lead");
        assertThat(texts(payload.path("aud"))).contains("cutover-planner", "staging-refresh",
                "integration-readiness", "weekend-testing", "rollback-decision", "notification-hub");
        assertThat(payload.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(payload.path("azp").asText()).isEqualTo("golive-cli");
        assertThat(payload.path("preferred_username").asText()).isEqualTo("olivia");
        assertThat(payload.path("exp").asLong() - payload.path("iat").asLong()).isEqualTo(300);
    }

    @Test
    void everyDemoUserCanLogInWithItsRole() throws Exception {
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            JsonNode payload = payload(Tokens.accessToken(user.username()));
            assertThat(texts(payload.path("realm_access").path("roles"))).as(user.username()).contains(user.role());
            assertThat(payload.path("preferred_username").asText()).isEqualTo(user.username());
        }
        assertThat(Tokens.bearer(DemoUsers.TESTER)).startsWith("Bearer ey");
        // cached: the same token again, until shortly before it expires
        assertThat(Tokens.accessToken(DemoUsers.TESTER)).isEqualTo(Tokens.accessToken(DemoUsers.TESTER));
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> KeycloakServer.shared().accessToken("olivia", "not-the-password"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HTTP 400") // OAuth 2.0: a refused password grant is invalid_grant, 400
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void findsAJdk21OrNewer() throws Exception {
        Path javaHome = KeycloakServer.findJavaHome();
        assertThat(Files.isExecutable(javaHome.resolve("bin/java"))).isTrue();
    }

    @Test
    void logGoesToAFileNotToOurOutput() {
        Path log = KeycloakServer.shared().logFile();
        assertThat(log).exists();
        assertThat(KeycloakServer.shared().logTail(200)).contains("Realm 'golive' imported");
    }

    static JsonNode payload(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode()) {
            out.add(node.asText());
        }
        return out;
    }
}
