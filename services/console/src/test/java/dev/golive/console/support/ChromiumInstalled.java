package dev.golive.console.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fails a browser test class at once, with one message saying what is missing and how to get it,
 * when the machine has no Chromium or chromedriver — instead of after the platform's minute-long
 * start, with Selenium's error about a driver executable. Declared before {@code @QuarkusTest} so it
 * runs before Quarkus starts anything.
 */
public final class ChromiumInstalled implements BeforeAllCallback {

    /** The browser; {@code -Dgolive.chromium=<path>} points at another Chromium or Chrome. */
    public static Path browser() {
        return Path.of(System.getProperty("golive.chromium", "/usr/bin/chromium"));
    }

    /** Its driver, of the same version; {@code -Dgolive.chromedriver=<path>} points at another. */
    public static Path driver() {
        return Path.of(System.getProperty("golive.chromedriver", "/usr/bin/chromedriver"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        List<String> missing = new ArrayList<>();
        for (Path executable : List.of(browser(), driver())) {
            if (!Files.isExecutable(executable)) {
                missing.add(executable.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The console's browser tests drive a headless Chromium, but "
                    + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " missing."
                    + " Install Debian's packages chromium and chromium-driver"
                    + " (sudo apt-get install chromium chromium-driver), or run bash .ci/run, which installs them"
                    + " and then runs mvn -B verify. Elsewhere, point -Dgolive.chromium=<browser>"
                    + " -Dgolive.chromedriver=<its chromedriver> at a Chromium or Chrome and its driver.");
        }
    }
}
