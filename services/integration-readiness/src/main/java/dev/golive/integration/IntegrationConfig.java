package dev.golive.integration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "golive.integration")
public interface IntegrationConfig {

    Probes probes();

    /** Credentials must keep working at least this long after the go-live date (whole days). */
    @WithDefault("P14D")
    Duration credentialMargin();

    interface Probes {

        /**
         * How long before the downtime start every probe of a cutover runs by itself, one one-shot
         * trigger each (7 days and 1 day by default); offsets already past when the window is known are skipped.
         */
        @WithDefault("P7D,P1D")
        List<Duration> scheduleBeforeDowntime();

        /**
         * Refuse targets that resolve to loopback, private, link-local, multicast or otherwise
         * non-public addresses, unless their host is in {@link #allowedHosts()}. On in production.
         */
        @WithDefault("true")
        boolean productionGuard();

        /** Hosts an administrator allows even when they resolve to a non-public address. */
        Optional<List<String>> allowedHosts();

        /** Redirects followed by hand, each target checked again; one more is a failure (at most 5). */
        @WithDefault("3")
        int maxRedirects();

        /** How much of a response body is read (at most 256 KiB); a longer body fails the probe. */
        @WithDefault("65536")
        int maxBodyBytes();

        @WithDefault("PT5S")
        Duration connectTimeout();

        /** Extra trust anchors (a private CA) in a PKCS12 or JKS file, trusted besides the JDK's. */
        Optional<String> trustStore();

        Optional<String> trustStorePassword();
    }
}
