package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Quarkus test resources hand out the shared servers and leave them running on stop. */
class TestResourcesTest {

    @org.junit.jupiter.api.BeforeAll
    static void quietKafka() {
        QuietLogs.kafka();
    }


    @Test
    void kafkaResource() {
        KafkaResource resource = new KafkaResource();
        Map<String, String> config = resource.start();
        resource.stop();
        assertThat(config).containsEntry("kafka.bootstrap.servers", KafkaBroker.shared().bootstrapServers());
        assertThat(KafkaBroker.shared().isRunning()).isTrue();
    }

    @Test
    void postgresResourceCreatesTheNamedDatabase() throws Exception {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of("database", "resource_db"));
        Map<String, String> config = resource.start();
        resource.stop();
        assertThat(config).containsEntry("quarkus.datasource.jdbc.url", Postgres.shared().jdbcUrl("resource_db"));
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
            assertThat(c.isValid(5)).isTrue();
        }

        PostgresResource byDefault = new PostgresResource();
        byDefault.init(Map.of());
        assertThat(byDefault.start().get("quarkus.datasource.jdbc.url")).endsWith("/golive");
        byDefault.stop();
        assertThat(Postgres.shared().isRunning()).isTrue();
    }

    @Test
    void keycloakResource() {
        KeycloakResource resource = new KeycloakResource();
        Map<String, String> config = resource.start();
        resource.stop();
        String issuer = KeycloakServer.shared().issuer();
        assertThat(config).containsEntry("quarkus.oidc.auth-server-url", issuer)
                .containsEntry("quarkus.oidc.token.issuer", issuer);
        assertThat(KeycloakServer.shared().isRunning()).isTrue();
    }
}
