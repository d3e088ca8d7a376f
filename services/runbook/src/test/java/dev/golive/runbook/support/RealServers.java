package dev.golive.runbook.support;

import dev.golive.testkit.KafkaResource;
import dev.golive.testkit.KeycloakResource;
import dev.golive.testkit.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real broker, PostgreSQL and Keycloak every {@code @QuarkusTest} of this module runs
 * against. Declared once here so that all test classes share one application boot.
 */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "runbook_test"))
@QuarkusTestResource(KeycloakResource.class)
public final class RealServers {
    private RealServers() {
    }
}
