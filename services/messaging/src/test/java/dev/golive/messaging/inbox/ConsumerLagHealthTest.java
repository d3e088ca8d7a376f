package dev.golive.messaging.inbox;

import dev.golive.messaging.testapp.Cutovers;
import dev.golive.messaging.testapp.Db;
import dev.golive.messaging.testapp.RealServers;
import dev.golive.testkit.CatalogEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The readiness report shows how far each consumer is behind its topic, without depending on it. */
@QuarkusTest
class ConsumerLagHealthTest {

    @Inject
    @Readiness
    ConsumerLagHealth health;

    @Test
    void readiness_shows_each_incoming_channel_and_its_lag_which_is_zero_once_everything_is_applied() {
        UUID cutoverId = UUID.randomUUID();
        String id = cutoverId.toString();
        for (int i = 0; i < 3; i++) {
            CatalogEvents.publish(RealServers.bootstrap(), Cutovers.planned(id, Cutovers.ZONE));
        }
        await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(cutoverId).isPresent());

        await().atMost(CatalogEvents.WAIT).untilAsserted(() -> assertThat(health.call().getData().orElseThrow())
                .containsEntry("test-cutover-events", 0L));
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("consumer-lag"))
                .body("checks.find { it.name == 'consumer-lag' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'consumer-lag' }.data.'test-cutover-events'", equalTo(0));
    }

    @Test
    void the_channels_come_from_the_service_configuration() {
        assertThat(ConsumerLagHealth.channelsOf(org.eclipse.microprofile.config.ConfigProvider.getConfig()))
                .containsExactly(java.util.Map.entry("test-cutover-events",
                        new ConsumerLagHealth.Consumption("golive.cutover.v1", "messaging-test")));
    }
}
