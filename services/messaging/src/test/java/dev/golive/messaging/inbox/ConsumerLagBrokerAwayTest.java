package dev.golive.messaging.inbox;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the broker away, the lag check of a service that reads many topics stays UP and says once that
 * the broker did not answer: it gives up on every channel together rather than waiting for each in
 * turn, which once made the readiness probe of a six-topic service answer too late.
 */
class ConsumerLagBrokerAwayTest {

    @Test
    void the_broker_away_is_reported_once_for_all_channels_and_the_check_stays_up() throws IOException {
        ConsumerLagHealth health = new ConsumerLagHealth(sixChannelsOn(nothingListening()));
        try {
            HealthCheckResponse response = health.call();

            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            Map<String, Object> data = response.getData().orElseThrow();
            assertThat(data).containsOnlyKeys("unknown");
            assertThat(data.get("unknown")).asString().startsWith("the broker did not answer");
        } finally {
            health.close();
        }
    }

    private static Config sixChannelsOn(int port) {
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", "127.0.0.1:" + port);
        for (String topic : new String[] {"cutover", "staging", "integration", "incident", "rollback", "runbook"}) {
            properties.put("mp.messaging.incoming." + topic + "-events.topic", "golive." + topic + ".v1");
            properties.put("mp.messaging.incoming." + topic + "-events.group.id", "lag-test");
        }
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "lag-test", 500)).build();
    }

    /** A local port nothing listens on (taken, then released). */
    private static int nothingListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
