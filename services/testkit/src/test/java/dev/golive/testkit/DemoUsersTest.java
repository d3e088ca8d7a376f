package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo users named in code are the realm file's, with their roles and password. */
class DemoUsersTest {

    @Test
    void theDemoUsersAreTheRealmsUsersWithTheirRoles() throws Exception {
        JsonNode realm;
        try (InputStream in = KeycloakServer.class.getResourceAsStream(KeycloakServer.REALM + "-realm.json")) {
            assertThat(in).as("the realm file packaged with the testkit").isNotNull();
            realm = new ObjectMapper().readTree(in);
        }
        List<DemoUsers.DemoUser> inRealm = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            JsonNode roles = user.path("realmRoles");
            assertThat(roles).as(user.path("username").asText()).hasSize(1);
            inRealm.add(new DemoUsers.DemoUser(user.path("username").asText(), roles.get(0).asText()));
            assertThat(user.path("credentials").findValuesAsText("value")).as(user.path("username").asText())
                    .containsExactly(DemoUsers.PASSWORD);
        }
        assertThat(DemoUsers.ALL).containsExactlyInAnyOrderElementsOf(inRealm);
        assertThat(DemoUsers.TESTERS).containsExactlyInAnyOrderElementsOf(inRealm.stream()
                .filter(u -> u.role().equals("tester")).map(DemoUsers.DemoUser::username).toList());
    }
}
