package dev.golive.staging.readiness;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "golive.staging")
public interface StagingConfig {

    Forecast forecast();

    interface Forecast {
        /** What the latest successful rehearsal measured is multiplied by to forecast the production upgrade. */
        @WithDefault("1.25")
        double safetyFactor();
    }
}
