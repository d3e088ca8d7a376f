package dev.golive.rollback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "golive.rollback")
public interface RollbackConfig {

    /**
     * How long before the point of no return {@code PointOfNoReturnApproaching} is announced,
     * one one-shot trigger each (4 h and 1 h by default).
     */
    @WithDefault("PT4H,PT1H")
    List<Duration> pnrWarnings();

    /**
     * How long before the point of no return an open critical incident makes the assessment
     * recommend DECIDE_NOW.
     */
    @WithDefault("PT4H")
    Duration warningHorizon();
}
