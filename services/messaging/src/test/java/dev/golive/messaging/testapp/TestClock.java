package dev.golive.messaging.testapp;

import dev.golive.testkit.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The application's clock: golive-messaging needs a {@code Clock} bean and, unlike a service, has no
 * golive-scheduling to bring the default one.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MutableClock {
}
