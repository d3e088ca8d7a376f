package dev.golive.scheduling.testapp;

import dev.golive.testkit.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The real PostgreSQL of every {@code @QuarkusTest} of this module, declared once for one boot. */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling_test"))
public final class RealServers {
    private RealServers() {
    }
}
