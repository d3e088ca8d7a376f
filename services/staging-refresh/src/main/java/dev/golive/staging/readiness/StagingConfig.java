package dev.golive.staging.readiness;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "golive.staging")
public interface StagingConfig {

    Forecast forecast();

    interface Forecast {
        /** What the latest successful rehearsal measured is multiplied by to forecast the production upgrade. */
        @WithDefault("1.25")
        double safetyFactor();

        /**
         * No forecast goes below this: an Odoo major-version upgrade of a production database does not
         * take less, however quick the rehearsal was.
         */
        @WithDefault("PT30M")
        Duration floor();

        /** A rehearsal that measured less than this for the upgrade is not plausible: its durations were not recorded as they ran. */
        @WithDefault("PT5M")
        Duration plausibleMinimum();
    }
}
