package dev.golive.planner.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "golive.planner.outbox")
public interface OutboxConfig {

    /** How often the relay looks for events it was not woken for (after a failure, say). */
    @WithDefault("PT0.25S")
    Duration pollInterval();

    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before trying again later. */
    @WithDefault("PT10S")
    Duration sendTimeout();
}
