package dev.golive.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the console finds the services it shows (each a base URL, env override {@code GOLIVE_<NAME>_URL}). */
@ConfigMapping(prefix = "golive.console")
public interface ConsoleConfig {

    Services services();

    interface Services {
        @WithDefault("http://127.0.0.1:8081")
        String plannerUrl();

        @WithDefault("http://127.0.0.1:8082")
        String stagingUrl();

        @WithDefault("http://127.0.0.1:8083")
        String integrationUrl();

        @WithDefault("http://127.0.0.1:8084")
        String testingUrl();

        @WithDefault("http://127.0.0.1:8085")
        String rollbackUrl();

        @WithDefault("http://127.0.0.1:8086")
        String notificationUrl();

        @WithDefault("http://127.0.0.1:8087")
        String runbookUrl();
    }
}
