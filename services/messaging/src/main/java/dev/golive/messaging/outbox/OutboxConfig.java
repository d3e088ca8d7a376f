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

    /**
     * The longest pause between rounds after failed ones: the pause doubles from the poll interval
     * up to this, so a broker outage is not answered with a storm of re-sends and log lines.
     */
    @WithDefault("PT30S")
    Duration maxBackoff();

    /**
     * The largest event payload this service writes, in bytes. The broker refuses records over its
     * {@code message.max.bytes} (1 MiB by default) for good; a larger event is refused in the write's
     * own transaction, so nothing is written that could never be sent.
     */
    @WithDefault("900000")
    int maxEventBytes();
}
