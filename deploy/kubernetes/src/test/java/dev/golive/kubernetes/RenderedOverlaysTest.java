package dev.golive.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.golive.kubernetes.Overlays.CODE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders deploy/kubernetes's overlays with {@code kubectl kustomize} and checks them against the code:
 * what a reviewer of a deployment looks for, without a cluster.
 */
class RenderedOverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyTopicTheCodeUsesAndEveryDeadLetterTopicIsAKafkaTopic(String overlay) {
        Set<String> topics = CODE.topics();
        Set<String> deadLetters = CODE.deadLetterTopics();
        // The sources were read: seven domain topics, and dead-letter topics for the consumers.
        assertThat(topics).contains("golive.cutover.v1", "golive.notification.v1").hasSizeGreaterThanOrEqualTo(7);
        assertThat(deadLetters).contains("golive.cutover.v1.dlq.notification-hub");

        assertThat(new ManifestChecks(Overlays.rendered(overlay)).topics(topics, deadLetters)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"dev, 1", "production, 2"})
    void everyApplicationIsADeploymentWithProbesLimitsAndEnoughReplicas(String overlay, int minReplicas) {
        assertThat(new ManifestChecks(Overlays.rendered(overlay)).deployments(CodeFacts.APPLICATIONS, minReplicas)).isEmpty();
    }

    @Test
    void productionRunsEveryApplicationTwiceOrMore() {
        for (ObjectNode deployment : Overlays.rendered("production").ofKind("Deployment")) {
            assertThat(deployment.path("spec").path("replicas").asInt()).as(Rendered.nameOf(deployment)).isGreaterThanOrEqualTo(2);
        }
        assertThat(Overlays.rendered("production").ofKind("Deployment")).hasSize(CodeFacts.APPLICATIONS.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void noSecretIsWrittenInAManifest(String overlay) {
        assertThat(new ManifestChecks(Overlays.rendered(overlay)).noInlineSecrets()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyEnvironmentVariableTheConfigurationReadsIsSet(String overlay) {
        ManifestChecks checks = new ManifestChecks(Overlays.rendered(overlay));
        List<String> problems = new ArrayList<>();
        for (String application : new TreeSet<>(CodeFacts.APPLICATIONS)) {
            problems.addAll(checks.configurationProvided(application, CODE.environmentVariables(application)));
        }
        assertThat(CODE.environmentVariables("cutover-planner")).containsKeys("GOLIVE_DB_URL", "GOLIVE_KAFKA", "GOLIVE_OIDC_URL");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyServiceLogsInAsTheRoleThatOwnsItsSchema(String overlay) {
        ManifestChecks checks = new ManifestChecks(Overlays.rendered(overlay));
        List<String> problems = new ArrayList<>();
        int withDatabase = 0;
        for (String application : new TreeSet<>(CodeFacts.APPLICATIONS)) {
            String schema = CODE.schemaOf(application);
            if (schema != null) {
                withDatabase++;
                problems.addAll(checks.databaseRoles(application, schema));
            }
        }
        assertThat(withDatabase).as("the seven services own a schema each; the console none").isEqualTo(7);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void networkPoliciesSelectPodsThatExistAndIngressesServicesThatExist(String overlay) {
        ManifestChecks checks = new ManifestChecks(Overlays.rendered(overlay));
        assertThat(Overlays.rendered(overlay).ofKind("NetworkPolicy")).hasSizeGreaterThanOrEqualTo(CodeFacts.APPLICATIONS.size());
        assertThat(checks.networkPolicySelectorsMatchPods()).isEmpty();
        assertThat(checks.ingressBackendsExist()).isEmpty();
    }

    @Test
    void everyApplicationHasItsOwnNetworkPolicyInBothDirections() {
        Rendered production = Overlays.rendered("production");
        for (String application : CodeFacts.APPLICATIONS) {
            JsonNode policy = production.get("NetworkPolicy", application);
            assertThat(policy.path("spec").path("policyTypes").toString()).as(application).contains("Ingress", "Egress");
        }
    }

    @Test
    void productionDatabaseHasThreeInstancesAndBackups() {
        Rendered production = Overlays.rendered("production");
        ObjectNode cluster = production.get("Cluster", "golive-db");
        assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(3);
        JsonNode store = cluster.path("spec").path("backup").path("barmanObjectStore");
        assertThat(store.path("destinationPath").asText()).isNotBlank();
        assertThat(store.path("s3Credentials").path("accessKeyId").path("name").asText()).isNotBlank();
        assertThat(store.path("s3Credentials").path("secretAccessKey").path("name").asText()).isNotBlank();
        assertThat(production.ofKind("ScheduledBackup"))
                .anySatisfy(backup -> assertThat(backup.path("spec").path("cluster").path("name").asText()).isEqualTo("golive-db"));
    }

    @Test
    void kafkaIsKraftWithNodePools() {
        Rendered production = Overlays.rendered("production");
        ObjectNode kafka = production.get("Kafka", "golive-kafka");
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/node-pools").asText()).isEqualTo("enabled");
        List<String> roles = new ArrayList<>();
        production.ofKind("KafkaNodePool").forEach(pool -> pool.path("spec").path("roles").forEach(role -> roles.add(role.asText())));
        assertThat(roles).contains("controller", "broker");
    }

    /** The realm import is deploy/keycloak's realm (same clients and roles), regenerated by realm-import.sh. */
    @Test
    void realmImportIsTheDevelopmentRealmWithoutItsSecrets() throws IOException {
        JsonNode realmFile = new ObjectMapper().readTree(CODE.root().resolve("deploy/keycloak/golive-realm.json").toFile());
        JsonNode imported = Overlays.rendered("production").get("KeycloakRealmImport", "golive-realm").path("spec").path("realm");
        assertThat(clientIds(imported)).isEqualTo(clientIds(realmFile));
        assertThat(imported.path("roles").path("realm").size()).isEqualTo(realmFile.path("roles").path("realm").size());
        assertThat(imported.path("realm").asText()).isEqualTo(realmFile.path("realm").asText());
        assertThat(imported.toString()).as("a development secret or password reached the import")
                .doesNotContain("-dev-secret").doesNotContain("golive-demo");
    }

    private static Set<String> clientIds(JsonNode realm) {
        Set<String> ids = new TreeSet<>();
        realm.path("clients").forEach(client -> ids.add(client.path("clientId").asText()));
        return ids;
    }
}
