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
        assertThat(machines).containsExactly(DemoMachines.METRICS);
        JsonNode metrics = null;
        for (JsonNode user : realm.path("users")) {
            if (DemoMachines.METRICS.equals(user.path("serviceAccountClientId").asText())) {
                metrics = user;
            }
        }
        assertThat(metrics.path("realmRoles").get(0).asText()).isEqualTo(DemoMachines.METRICS_READER_ROLE);
        assertThat(metrics.path("realmRoles").size()).isEqualTo(1);
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(DemoMachines.METRICS)) {
                assertThat(client.path("secret").asText()).isEqualTo(DemoMachines.secret(DemoMachines.METRICS));
                assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
                assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
                assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
            }
        }
        assertThat(DemoUsers.TESTERS).containsExactlyInAnyOrderElementsOf(inRealm.stream()
                .filter(u -> u.role().equals("tester")).map(DemoUsers.DemoUser::username).toList());
    }
}
