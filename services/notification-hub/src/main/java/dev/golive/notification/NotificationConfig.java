package dev.golive.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "golive.notification")
public interface NotificationConfig {

    /** How long before the downtime start a reminder goes out, one one-shot trigger each. */
    @WithDefault("PT72H,PT24H,PT1H")
    List<Duration> reminders();

    /** During the go-live, business stakeholders hear from us at least this often. */
    @WithDefault("PT2H")
    Duration updateInterval();

    /** A page not acknowledged within this goes to the next level. */
    @WithDefault("PT10M")
    Duration pageAckTimeout();

    /** The base of the acknowledgement link in a page (this service as people reach it). */
    @WithDefault("http://127.0.0.1:8086")
    String publicUrl();

    /**
     * The console as people reach it: mails link to {@code <console-url>/me/notifications?cutover=<id>},
     * where a person manages what they receive.
     */
    @WithDefault("http://127.0.0.1:8080")
    String consoleUrl();

    /**
     * The HMAC secret that signs the one-click unsubscribe links of mails. When unset, the hub generates
     * one and keeps it in its database. Never logged.
     */
    Optional<String> unsubscribeSecret();

    /** How long a webhook receiver may take to answer. */
    @WithDefault("PT10S")
    Duration webhookTimeout();

    Retry retry();

    Webhooks webhooks();

    /** The address guard of webhook targets (see {@code dev.golive.edge.address.AddressPolicy}). */
    interface Webhooks {

        /**
         * Refuse targets that resolve to loopback, private, link-local, multicast or otherwise
         * non-public addresses, unless their host is in {@link #allowedHosts()}: at registration
         * (a 422) and before each delivery. On in production.
         */
        @WithDefault("true")
        boolean productionGuard();

        /** Hosts an administrator allows even when they resolve to a non-public address (exact names). */
        Optional<List<String>> allowedHosts();
    }

    Sender sender();

    interface Retry {
        @WithDefault("PT30S")
        Duration firstDelay();

        @WithDefault("2")
        double multiplier();

        @WithDefault("PT30M")
        Duration maxDelay();

        @WithDefault("8")
        int maxAttempts();
    }

    interface Sender {
        @WithDefault("PT1S")
        Duration pollInterval();

        @WithDefault("20")
        int batchSize();

        /** How long a claimed delivery stays out of other senders' reach while it is sent. */
        @WithDefault("PT2M")
        Duration lease();
    }
}
