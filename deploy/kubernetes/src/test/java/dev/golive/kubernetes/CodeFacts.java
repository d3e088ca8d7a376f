package dev.golive.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the code says the platform needs, read from the sources (never restated by hand here): the
 * topics of {@code dev.golive.contracts.Topics} and of every channel in the services'
 * {@code application.properties}, the dead-letter topics they name, the environment variables their
 * configuration reads, and the schema each service's datasource uses.
 */
final class CodeFacts {

    /** The deployed applications: the seven services and the console (edge is a library). */
    static final Set<String> APPLICATIONS = Set.of("cutover-planner", "staging-refresh", "integration-readiness",
            "weekend-testing", "rollback-decision", "notification-hub", "runbook", "console");

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("static final String \\w+ = \"([^\"]+)\"");
    private static final Pattern CHANNEL_TOPIC = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topics?");
    private static final Pattern DEAD_LETTER_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");
    /** {@code ${NAME}} or {@code ${NAME:default}} with an environment variable's name (config keys are lower case). */
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    private final Path root;

    CodeFacts(Path root) {
        this.root = root;
    }

    static CodeFacts ofRepository() {
        Path root = Path.of(System.getProperty("golive.repo.root", "../..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("services/contracts/src/main/java/dev/golive/contracts/Topics.java"))) {
            throw new AssertionError("not the repository root: " + root);
        }
        return new CodeFacts(root);
    }

    Path root() {
        return root;
    }

    /** Every topic the code produces to or consumes from. */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        Matcher constants = TOPIC_CONSTANT.matcher(read(root.resolve(
                "services/contracts/src/main/java/dev/golive/contracts/Topics.java")));
        while (constants.find()) {
            topics.add(constants.group(1));
        }
        for (String app : APPLICATIONS) {
            properties(app).forEach((key, value) -> {
                if (CHANNEL_TOPIC.matcher(key).matches()) {
                    Arrays.stream(value.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(topics::add);
                }
            });
        }
        return topics;
    }

    /** Every dead-letter topic a consumer channel names. */
    Set<String> deadLetterTopics() {
        Set<String> topics = new TreeSet<>();
        for (String app : APPLICATIONS) {
            properties(app).forEach((key, value) -> {
                if (DEAD_LETTER_TOPIC.matcher(key).matches()) {
                    topics.add(value.trim());
                }
            });
        }
        return topics;
    }

    /**
     * The environment variables an application's configuration reads, each with whether it has a
     * default. The defaults are the local platform's addresses (127.0.0.1), so on a cluster every
     * one of them must be set, not only those without a default.
     */
    Map<String, Boolean> environmentVariables(String app) {
        Map<String, Boolean> variables = new LinkedHashMap<>();
        properties(app).forEach((key, value) -> {
            if (key.startsWith("%")) {
                return; // test and dev profiles do not run on the cluster
            }
            Matcher reference = ENV_REFERENCE.matcher(value);
            while (reference.find()) {
                variables.merge(reference.group(1), reference.group(2) != null, Boolean::logicalAnd);
            }
        });
        return variables;
    }

    /** A meter's name as the code registers it with Micrometer: a string literal {@code "golive.…"}. */
    private static final Pattern METER_NAME = Pattern.compile("\"(golive(?:\\.[a-z0-9]+)+)\"");

    /**
     * Every name of the form {@code "golive.x.y"} written as a string literal in the services' and
     * libraries' main sources: the Micrometer meters (and, harmlessly, a few other dotted names).
     */
    Set<String> meterNames() {
        Set<String> names = new TreeSet<>();
        try (var files = Files.walk(root.resolve("services"))) {
            files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .forEach(f -> {
                        Matcher name = METER_NAME.matcher(read(f));
                        while (name.find()) {
                            names.add(name.group(1));
                        }
                    });
        } catch (IOException e) {
            throw new AssertionError("cannot list the sources", e);
        }
        return names;
    }

    /** Text of a file of the repository. */
    String file(String path) {
        return read(root.resolve(path));
    }

    /** The schema a service's datasource works in, or null for an application without a database. */
    String schemaOf(String app) {
        return properties(app).get("quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema");
    }

    Map<String, String> properties(String app) {
        Path file = root.resolve("services/" + app + "/src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
