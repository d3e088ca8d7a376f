package dev.golive.messaging.testapp;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KafkaResource;
import dev.golive.testkit.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real broker and PostgreSQL of every {@code @QuarkusTest} of this module, declared once so
 * that all test classes share one application boot.
 */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "messaging_test"))
public final class RealServers {

    public static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
    }

    private RealServers() {
    }
}
