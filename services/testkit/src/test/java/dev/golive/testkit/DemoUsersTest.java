package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        List<String> machines = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                // A machine caller: no password, it signs in with its client's credentials.
                machines.add(user.path("serviceAccountClientId").asText());
                assertThat(user.path("credentials").isMissingNode()).as(user.path("username").asText()).isTrue();
                continue;
            }
            JsonNode roles = user.path("realmRoles");
            assertThat(roles).as(user.path("username").asText()).hasSize(1);
            inRealm.add(new DemoUsers.DemoUser(user.path("username").asText(), roles.get(0).asText()));
            assertThat(user.path("credentials").findValuesAsText("value")).as(user.path("username").asText())
                    .containsExactly(DemoUsers.PASSWORD);
        }
        assertThat(DemoUsers.ALL).containsExactlyInAnyOrderElementsOf(inRealm);
        assertThat(machines).containsExactlyInAnyOrder(DemoMachines.METRICS, DemoMachines.CI,
                DemoMachines.MONITORING, DemoMachines.CHAT_BOT);
        // Each machine holds only its own role, and its tokens are meant for the one service it calls.
        Map<String, String> roleOf = new java.util.HashMap<>();
        DemoMachines.BY_ROLE.forEach((role, client) -> roleOf.put(client, role));
        roleOf.put(DemoMachines.METRICS, DemoMachines.METRICS_READER_ROLE);
        Map<String, String> onlyAudience = Map.of(DemoMachines.CI, "staging-refresh",
                DemoMachines.MONITORING, "rollback-decision", DemoMachines.CHAT_BOT, "notification-hub");
        for (JsonNode user : realm.path("users")) {
            String client = user.path("serviceAccountClientId").asText();
            if (roleOf.containsKey(client)) {
                assertThat(user.path("realmRoles").findValuesAsText("")).as(client).isEmpty();
                assertThat(user.path("realmRoles").size()).as(client).isEqualTo(1);
                assertThat(user.path("realmRoles").get(0).asText()).as(client).isEqualTo(roleOf.get(client));
            }
        }
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            if (roleOf.containsKey(id)) {
                assertThat(client.path("secret").asText()).as(id).isEqualTo(DemoMachines.secret(id));
                assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(id).isTrue();
                assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(id).isFalse();
                assertThat(client.path("standardFlowEnabled").asBoolean()).as(id).isFalse();
            }
            if (onlyAudience.containsKey(id)) {
                assertThat(client.path("protocolMappers").findValuesAsText("included.client.audience")).as(id)
                        .containsExactly(onlyAudience.get(id));
            }
        }
        assertThat(DemoUsers.TESTERS).containsExactlyInAnyOrderElementsOf(inRealm.stream()
                .filter(u -> u.role().equals("tester")).map(DemoUsers.DemoUser::username).toList());
    }
}
