package dev.golive.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.golive.kubernetes.Overlays.CODE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each check of {@link ManifestChecks} fails on the mistake it is for: the production render, copied
 * and broken in one place, must be reported.
 */
class ManifestChecksCatchMistakesTest {

    private static Rendered production() {
        return Overlays.rendered("production").copy();
    }

    private static ObjectNode container(Rendered rendered, String deployment) {
        return (ObjectNode) rendered.get("Deployment", deployment).path("spec").path("template").path("spec").path("containers").get(0);
    }

    @Test
    void aMissingDeadLetterTopicIsReported() {
        Rendered broken = production();
        broken.all().removeIf(r -> r.path("spec").path("topicName").asText().equals("golive.incident.v1.dlq.rollback-decision"));

        assertThat(new ManifestChecks(broken).topics(CODE.topics(), CODE.deadLetterTopics()))
                .containsExactly("a consumer dead-letters to golive.incident.v1.dlq.rollback-decision but no KafkaTopic declares it");
    }

    @Test
    void aTopicWithOneReplicaOrWithoutRetentionIsReported() {
        Rendered broken = production();
        ObjectNode spec = (ObjectNode) broken.get("KafkaTopic", "golive-cutover-v1").path("spec");
        spec.put("replicas", 1);
        ((ObjectNode) spec.path("config")).remove("retention.ms");

        assertThat(new ManifestChecks(broken).topics(CODE.topics(), CODE.deadLetterTopics()))
                .containsExactly("KafkaTopic golive.cutover.v1 has replicas 1, not 3", "KafkaTopic golive.cutover.v1 states no retention.ms");
    }

    @Test
    void aMissingProbeOrLimitOrASingleReplicaIsReported() {
        Rendered broken = production();
        container(broken, "weekend-testing").remove("readinessProbe");
        ((ObjectNode) container(broken, "console").path("resources")).remove("limits");
        ((ObjectNode) broken.get("Deployment", "rollback-decision").path("spec")).put("replicas", 1);

        assertThat(new ManifestChecks(broken).deployments(CodeFacts.APPLICATIONS, 2)).containsExactlyInAnyOrder(
                "weekend-testing/weekend-testing: no readinessProbe on /q/health/ready",
                "console/console: no cpu and memory limits",
                "rollback-decision: 1 replicas, fewer than 2");
    }

    @Test
    void aMissingDeploymentOrDisruptionBudgetIsReported() {
        Rendered broken = production();
        broken.all().removeIf(r -> r.path("kind").asText().equals("PodDisruptionBudget") && Rendered.nameOf(r).equals("staging-refresh"));

        assertThat(new ManifestChecks(broken).deployments(CodeFacts.APPLICATIONS, 2)).containsExactly("no PodDisruptionBudget covers staging-refresh");
    }

    @Test
    void anInlineSecretIsReported() {
        Rendered broken = production();
        ArrayNode env = (ArrayNode) container(broken, "cutover-planner").path("env");
        env.addObject().put("name", "GOLIVE_DB_PASSWORD").put("value", "golive");
        ((ObjectNode) broken.get("KeycloakRealmImport", "golive-realm").path("spec").path("realm").path("clients").get(0))
                .put("secret", "cutover-planner-dev-secret");

        assertThat(new ManifestChecks(broken).noInlineSecrets()).containsExactlyInAnyOrder(
                "cutover-planner: env GOLIVE_DB_PASSWORD is written inline, not from a secretKeyRef or configMapKeyRef",
                "realm import: client cutover-planner has a secret that is not a placeholder filled from a Secret");
    }

    @Test
    void aConfigurationVariableTheDeploymentDoesNotSetIsReported() {
        Rendered broken = production();
        broken.ofKind("ConfigMap").forEach(map -> ((ObjectNode) map.path("data")).remove("GOLIVE_KAFKA"));

        assertThat(new ManifestChecks(broken).configurationProvided("staging-refresh", CODE.environmentVariables("staging-refresh")))
                .containsExactly("staging-refresh reads ${GOLIVE_KAFKA} (its default is for one machine) but its Deployment does not set it");
        // A variable without any default is named as such.
        assertThat(new ManifestChecks(broken).configurationProvided("staging-refresh", Map.of("GOLIVE_SOMETHING_NEW", false)))
                .containsExactly("staging-refresh reads ${GOLIVE_SOMETHING_NEW} (no default) but its Deployment does not set it");
    }

    @Test
    void aServiceLoggingInAsAnotherServicesRoleIsReported() {
        Rendered broken = production();
        ObjectNode user = (ObjectNode) container(broken, "rollback-decision").path("env").get(0);
        assertThat(user.path("name").asText()).isEqualTo("GOLIVE_DB_USER");
        ((ObjectNode) user.path("valueFrom").path("secretKeyRef")).put("name", "golive-db-planner");

        assertThat(new ManifestChecks(broken).databaseRoles("rollback-decision", "rollback"))
                .containsExactly("rollback-decision works in schema rollback but logs in as role planner");
    }

    @Test
    void aNetworkPolicyForPodsThatDoNotExistIsReported() {
        Rendered broken = production();
        ObjectNode policy = broken.get("NetworkPolicy", "console");
        ((ObjectNode) policy.path("spec").path("podSelector").path("matchLabels")).put("app.kubernetes.io/name", "consol");
        ObjectNode peer = (ObjectNode) broken.get("NetworkPolicy", "cutover-planner").path("spec").path("egress").get(2).path("to").get(0);
        ((ObjectNode) peer.path("podSelector").path("matchLabels")).put("cnpg.io/cluster", "golive-database");

        List<String> problems = new ManifestChecks(broken).networkPolicySelectorsMatchPods();
        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("NetworkPolicy cutover-planner egress names pods that do not exist"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("NetworkPolicy console applies to no pod of the render"));
    }

    @Test
    void anIngressToAMissingServiceIsReported() {
        Rendered broken = production();
        broken.all().removeIf(r -> r.path("kind").asText().equals("Service") && Rendered.nameOf(r).equals("console"));

        assertThat(new ManifestChecks(broken).ingressBackendsExist()).containsExactly(
                "Ingress golive sends golive.example.com/ to console, which is no Service");
    }
}
