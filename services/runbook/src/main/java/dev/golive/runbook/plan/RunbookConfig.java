package dev.golive.runbook.plan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "golive.runbook")
public interface RunbookConfig {

    /** How long after its planned finish an unfinished task is overdue. */
    @WithDefault("PT15M")
    Duration overdueTolerance();

    /** How often every runbook is recomputed ({@code Recomputation}; read there by the scheduler's expression). */
    @WithDefault("60s")
    String recomputeEvery();
}
