package dev.golive.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a Quarkus test at the JVM-wide {@link KafkaBroker#shared() broker}
 * ({@code kafka.bootstrap.servers}). Stopping the resource leaves the broker running for the next
 * Quarkus boot in this JVM; a shutdown hook stops it.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaBroker.shared().bootstrapServers());
    }

    @Override
    public void stop() {
        // shared broker: stopped by its shutdown hook
    }
}
