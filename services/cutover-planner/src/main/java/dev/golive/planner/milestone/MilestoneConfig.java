package dev.golive.planner.milestone;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "golive.planner.milestones")
public interface MilestoneConfig {

    /** A milestone reached later than this after its instant is reported as late. */
    @WithDefault("PT1M")
    Duration lateAfter();

    /**
     * How many other due milestones a milestone's firing fires with it per transaction (many cutovers'
     * milestones due at one instant); 0 fires each on its own trigger.
     */
    @WithDefault("100")
    int burst();
}
