package dev.golive.runbook.support;

import dev.golive.testkit.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/** The service's clock in tests (see {@link MutableClock}); Quartz still fires by real time. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MutableClock {
}
