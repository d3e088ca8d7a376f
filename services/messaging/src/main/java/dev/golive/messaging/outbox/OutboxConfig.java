package dev.golive.messaging.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "golive.messaging.outbox")
public interface OutboxConfig {

    /** The CloudEvents source of this service's events. */
    @WithDefault("golive/${quarkus.application.name}")
    String source();

    /** How often the relay looks for events it was not woken for (after a failure, say). */
    @WithDefault("PT0.25S")
    Duration pollInterval();

    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before trying again later. */
    @WithDefault("PT10S")
    Duration sendTimeout();
}
