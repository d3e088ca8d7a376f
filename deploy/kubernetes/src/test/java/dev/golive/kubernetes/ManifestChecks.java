package dev.golive.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.golive.kubernetes.Rendered.nameOf;

/**
 * What a reviewer checks in the rendered manifests, each check returning what is wrong (empty when
 * all is well), so the tests can show both that the real manifests pass and that each check catches
 * the mistake it is for ({@link ManifestChecksCatchMistakesTest}).
 */
final class ManifestChecks {

    /** Names of ConfigMap keys that would hold a secret: those belong in Secrets. */
    private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|_KEY)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final Rendered rendered;

    ManifestChecks(Rendered rendered) {
        this.rendered = rendered;
    }

    /** Every topic of the code and every dead-letter topic exists as a KafkaTopic, replicated safely, retention stated. */
    List<String> topics(Set<String> topics, Set<String> deadLetterTopics) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> declared = new HashMap<>();
        for (ObjectNode topic : rendered.ofKind("KafkaTopic")) {
            JsonNode spec = topic.path("spec");
            String name = spec.path("topicName").asText(nameOf(topic));
            declared.put(name, spec);
            if (!rendered.find("Kafka", topic.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isPresent()) {
                problems.add("KafkaTopic " + name + " names no Kafka cluster of the render (label strimzi.io/cluster)");
            }
            if (spec.path("partitions").asInt() < 1) {
                problems.add("KafkaTopic " + name + " states no partitions");
            }
            if (spec.path("replicas").asInt() != 3) {
                problems.add("KafkaTopic " + name + " has replicas " + spec.path("replicas") + ", not 3");
            }
            if (spec.path("config").path("min.insync.replicas").asInt() != 2) {
                problems.add("KafkaTopic " + name + " has min.insync.replicas " + spec.path("config").path("min.insync.replicas") + ", not 2");
            }
            if (!spec.path("config").path("retention.ms").canConvertToLong()) {
                problems.add("KafkaTopic " + name + " states no retention.ms");
            }
        }
        for (String topic : topics) {
            if (!declared.containsKey(topic)) {
                problems.add("the code uses topic " + topic + " but no KafkaTopic declares it");
            }
        }
        for (String topic : deadLetterTopics) {
            if (!declared.containsKey(topic)) {
                problems.add("a consumer dead-letters to " + topic + " but no KafkaTopic declares it");
            }
        }
        return problems;
    }

    /** Probes, requests and limits, a non-root read-only container, and at least {@code minReplicas}. */
    List<String> deployments(Set<String> applications, int minReplicas) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ObjectNode deployment : rendered.ofKind("Deployment")) {
            String name = nameOf(deployment);
            seen.add(name);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            if (deployment.path("spec").path("replicas").asInt(1) < minReplicas) {
                problems.add(name + ": " + deployment.path("spec").path("replicas").asInt(1) + " replicas, fewer than " + minReplicas);
            }
            if (!pod.path("securityContext").path("runAsNonRoot").asBoolean()) {
                problems.add(name + ": the pod may run as root (securityContext.runAsNonRoot)");
            }
            for (JsonNode container : pod.path("containers")) {
                String where = name + "/" + container.path("name").asText();
                probe(problems, where, container, "readinessProbe", "/q/health/ready");
                probe(problems, where, container, "livenessProbe", "/q/health/live");
                probe(problems, where, container, "startupProbe", "/q/health/started");
                for (String kind : List.of("requests", "limits")) {
                    JsonNode resources = container.path("resources").path(kind);
                    if (!resources.hasNonNull("cpu") || !resources.hasNonNull("memory")) {
                        problems.add(where + ": no cpu and memory " + kind);
                    }
                }
                JsonNode security = container.path("securityContext");
                if (!security.path("readOnlyRootFilesystem").asBoolean() || security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + ": root file system writable or privilege escalation allowed");
                }
            }
        }
        for (String application : applications) {
            if (!seen.contains(application)) {
                problems.add("no Deployment for " + application);
            }
            if (rendered.find("Service", application).isEmpty()) {
                problems.add("no Service for " + application);
            }
            if (rendered.ofKind("PodDisruptionBudget").stream().noneMatch(pdb -> selects(pdb.path("spec").path("selector"),
                    podLabels(rendered.find("Deployment", application).orElse(null))))) {
                problems.add("no PodDisruptionBudget covers " + application);
            }
        }
        for (ObjectNode hpa : rendered.ofKind("HorizontalPodAutoscaler")) {
            if (hpa.path("spec").path("minReplicas").asInt(1) < minReplicas) {
                problems.add("HorizontalPodAutoscaler " + nameOf(hpa) + " may scale below " + minReplicas);
            }
        }
        return problems;
    }

    /** No secret in a manifest: no Secret resource, every env entry from a reference, no secret-looking ConfigMap key. */
    List<String> noInlineSecrets() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode secret : rendered.ofKind("Secret")) {
            problems.add("Secret " + nameOf(secret) + " is in the manifests: create it with kubectl or an ExternalSecret");
        }
        for (ObjectNode deployment : rendered.ofKind("Deployment")) {
            for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode env : container.path("env")) {
                    JsonNode from = env.path("valueFrom");
                    if (env.has("value") || !(from.has("secretKeyRef") || from.has("configMapKeyRef"))) {
                        problems.add(nameOf(deployment) + ": env " + env.path("name").asText()
                                + " is written inline, not from a secretKeyRef or configMapKeyRef");
                    }
                }
            }
        }
        for (ObjectNode configMap : rendered.ofKind("ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key -> {
                if (SECRET_LIKE.matcher(key).matches()) {
                    problems.add("ConfigMap " + nameOf(configMap) + " holds " + key + ": a secret belongs in a Secret");
                }
            });
        }
        for (ObjectNode realmImport : rendered.ofKind("KeycloakRealmImport")) {
            JsonNode placeholders = realmImport.path("spec").path("placeholders");
            for (JsonNode client : realmImport.path("spec").path("realm").path("clients")) {
                if (client.has("secret")) {
                    var placeholder = PLACEHOLDER.matcher(client.path("secret").asText());
                    if (!placeholder.matches() || !placeholders.path(placeholder.group(1)).path("secret").has("name")) {
                        problems.add("realm import: client " + client.path("clientId").asText()
                                + " has a secret that is not a placeholder filled from a Secret");
                    }
                }
            }
            for (JsonNode user : realmImport.path("spec").path("realm").path("users")) {
                if (user.has("credentials")) {
                    problems.add("realm import: user " + user.path("username").asText() + " comes with a password");
                }
            }
        }
        return problems;
    }

    /** Every environment variable an application's configuration reads is set by its Deployment. */
    List<String> configurationProvided(String application, Map<String, Boolean> variables) {
        List<String> problems = new ArrayList<>();
        ObjectNode deployment = rendered.find("Deployment", application).orElse(null);
        if (deployment == null) {
            return List.of("no Deployment for " + application);
        }
        Set<String> provided = new HashSet<>();
        for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
            container.path("env").forEach(env -> provided.add(env.path("name").asText()));
            for (JsonNode source : container.path("envFrom")) {
                String configMap = source.path("configMapRef").path("name").asText(null);
                if (configMap != null) {
                    rendered.find("ConfigMap", configMap).ifPresentOrElse(
                            map -> map.path("data").fieldNames().forEachRemaining(key -> provided.add(source.path("prefix").asText("") + key)),
                            () -> problems.add(application + ": envFrom names ConfigMap " + configMap + ", which is not in the render"));
                }
            }
            for (JsonNode env : container.path("env")) {
                String configMap = env.path("valueFrom").path("configMapKeyRef").path("name").asText(null);
                String key = env.path("valueFrom").path("configMapKeyRef").path("key").asText();
                if (configMap != null && !rendered.find("ConfigMap", configMap).map(m -> m.path("data").has(key)).orElse(false)) {
                    problems.add(application + ": env " + env.path("name").asText() + " refers to " + configMap + "/" + key + ", which does not exist");
                }
            }
        }
        variables.forEach((variable, hasDefault) -> {
            if (!provided.contains(variable)) {
                problems.add(application + " reads ${" + variable + "}" + (hasDefault ? " (its default is for one machine)" : " (no default)")
                        + " but its Deployment does not set it");
            }
        });
        return problems;
    }

    /** Each service's database user comes from the Secret of the managed role that owns its schema. */
    List<String> databaseRoles(String application, String schema) {
        List<String> problems = new ArrayList<>();
        Set<String> roleSecrets = new HashSet<>();
        Map<String, String> roleOfSecret = new HashMap<>();
        for (ObjectNode cluster : rendered.ofKind("Cluster")) {
            for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
                String secret = role.path("passwordSecret").path("name").asText();
                roleSecrets.add(secret);
                roleOfSecret.put(secret, role.path("name").asText());
            }
            String sql = cluster.path("spec").path("bootstrap").path("initdb").path("postInitApplicationSQL").toString();
            if (!sql.contains("CREATE SCHEMA " + schema + " AUTHORIZATION " + schema)) {
                problems.add("Cluster " + nameOf(cluster) + " creates no schema " + schema + " owned by role " + schema);
            }
        }
        ObjectNode deployment = rendered.find("Deployment", application).orElse(null);
        if (deployment == null) {
            return List.of("no Deployment for " + application);
        }
        for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode env : container.path("env")) {
                if (env.path("name").asText().equals("GOLIVE_DB_USER")) {
                    String secret = env.path("valueFrom").path("secretKeyRef").path("name").asText();
                    if (!roleSecrets.contains(secret)) {
                        problems.add(application + ": its database user comes from " + secret + ", the Secret of no managed role");
                    } else if (!schema.equals(roleOfSecret.get(secret))) {
                        problems.add(application + " works in schema " + schema + " but logs in as role " + roleOfSecret.get(secret));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Every pod a NetworkPolicy selects, as its target or as a peer in the same namespace, exists: a
     * Deployment's pods, or the pods an operator makes for a resource of the render (Strimzi for a
     * Kafka, CloudNativePG for a Cluster, the Keycloak operator for a Keycloak).
     */
    List<String> networkPolicySelectorsMatchPods() {
        List<Map<String, String>> pods = new ArrayList<>();
        for (ObjectNode deployment : rendered.ofKind("Deployment")) {
            pods.add(podLabels(deployment));
        }
        for (ObjectNode kafka : rendered.ofKind("Kafka")) {
            pods.add(Map.of("strimzi.io/cluster", nameOf(kafka), "strimzi.io/broker-role", "true"));
            pods.add(Map.of("strimzi.io/cluster", nameOf(kafka), "strimzi.io/controller-role", "true"));
        }
        for (ObjectNode cluster : rendered.ofKind("Cluster")) {
            pods.add(Map.of("cnpg.io/cluster", nameOf(cluster)));
        }
        for (ObjectNode keycloak : rendered.ofKind("Keycloak")) {
            pods.add(Map.of("app", "keycloak", "app.kubernetes.io/instance", nameOf(keycloak)));
        }
        List<String> problems = new ArrayList<>();
        for (ObjectNode policy : rendered.ofKind("NetworkPolicy")) {
            String name = nameOf(policy);
            JsonNode spec = policy.path("spec");
            if (pods.stream().noneMatch(labels -> selects(spec.path("podSelector"), labels))) {
                problems.add("NetworkPolicy " + name + " applies to no pod of the render: " + spec.path("podSelector"));
            }
            for (String direction : List.of("ingress", "egress")) {
                for (JsonNode rule : spec.path(direction)) {
                    for (JsonNode peer : rule.path(direction.equals("ingress") ? "from" : "to")) {
                        if (peer.has("podSelector") && !peer.has("namespaceSelector")
                                && pods.stream().noneMatch(labels -> selects(peer.path("podSelector"), labels))) {
                            problems.add("NetworkPolicy " + name + " " + direction + " names pods that do not exist: " + peer.path("podSelector"));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Each Ingress backend is a Service of the render (or the Keycloak operator's {@code <name>-service}). */
    List<String> ingressBackendsExist() {
        Set<String> services = new HashSet<>();
        rendered.ofKind("Service").forEach(service -> services.add(nameOf(service)));
        rendered.ofKind("Keycloak").forEach(keycloak -> services.add(nameOf(keycloak) + "-service"));
        List<String> problems = new ArrayList<>();
        for (ObjectNode ingress : rendered.ofKind("Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    String service = path.path("backend").path("service").path("name").asText();
                    if (!services.contains(service)) {
                        problems.add("Ingress " + nameOf(ingress) + " sends " + rule.path("host").asText() + path.path("path").asText()
                                + " to " + service + ", which is no Service");
                    }
                }
            }
        }
        return problems;
    }

    static Map<String, String> podLabels(ObjectNode deployment) {
        Map<String, String> labels = new HashMap<>();
        if (deployment != null) {
            Iterator<Map.Entry<String, JsonNode>> fields = deployment.path("spec").path("template").path("metadata").path("labels").fields();
            fields.forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        }
        return labels;
    }

    /** matchLabels and the In/NotIn/Exists/DoesNotExist expressions of a label selector. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (labels.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> match = selector.path("matchLabels").fields();
        while (match.hasNext()) {
            Map.Entry<String, JsonNode> entry = match.next();
            if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> values.contains(labels.get(key));
                case "NotIn" -> !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void probe(List<String> problems, String where, JsonNode container, String probe, String path) {
        JsonNode http = container.path(probe).path("httpGet");
        if (!path.equals(http.path("path").asText())) {
            problems.add(where + ": no " + probe + " on " + path);
        }
    }
}
