package dev.golive.planner.milestone;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "golive.planner.milestones")
public interface MilestoneConfig {

    /** A milestone reached later than this after its instant is reported as late. */
    @WithDefault("PT1M")
    Duration lateAfter();
}
