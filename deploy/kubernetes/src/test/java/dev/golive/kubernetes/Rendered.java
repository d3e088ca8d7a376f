package dev.golive.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The resources of one Kustomize overlay as {@code kubectl kustomize} renders them, parsed. Rendering
 * with the real tool (not a re-implementation) is the point: what is checked is what {@code kubectl
 * apply -k} would send.
 */
final class Rendered {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<ObjectNode> resources;

    Rendered(List<ObjectNode> resources) {
        this.resources = resources;
    }

    static Rendered overlay(Path dir) {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException notInstalled) {
            throw new AssertionError("kubectl is not installed, so deploy/kubernetes cannot be rendered: install the "
                    + "Debian package kubectl (apt-get install kubectl; .ci/run does it when it is missing). "
                    + notInstalled.getMessage(), notInstalled);
        }
        try {
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String out = readAll(process.getInputStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed (" + process.exitValue() + "):\n" + errors.join());
            }
            return parse(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Rendered parse(String yaml) {
        try {
            List<ObjectNode> docs = new ArrayList<>();
            for (JsonNode doc : YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll()) {
                if (doc instanceof ObjectNode object) {
                    docs.add(object);
                }
            }
            return new Rendered(docs);
        } catch (IOException e) {
            throw new AssertionError("the rendered manifests are not YAML: " + e.getMessage(), e);
        }
    }

    /** A deep copy, for the tests that break a manifest on purpose. */
    Rendered copy() {
        return new Rendered(resources.stream().map(ObjectNode::deepCopy).collect(Collectors.toList()));
    }

    List<ObjectNode> all() {
        return resources;
    }

    List<ObjectNode> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(nameOf(r))).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the render"));
    }

    static String nameOf(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
