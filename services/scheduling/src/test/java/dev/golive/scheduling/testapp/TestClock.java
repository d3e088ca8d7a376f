package dev.golive.scheduling.testapp;

import dev.golive.testkit.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * Replaces the library's default clock, as every service's tests do; until set it follows the
 * system clock, so it agrees with Quartz, which fires by real time.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MutableClock {
}
