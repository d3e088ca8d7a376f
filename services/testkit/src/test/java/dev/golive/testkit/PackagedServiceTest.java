package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failures a launcher must report clearly; the console's tests start real packaged services. */
class PackagedServiceTest {

    @TempDir
    Path dir;

    @Test
    void aMissingJarIsNamedWithHowToBuildIt() {
        Path jar = PackagedService.jar(dir, "cutover-planner");
        assertThatThrownBy(() -> PackagedService.builder("cutover-planner", jar).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(jar.toString())
                .hasMessageContaining("package cutover-planner first");
    }

    @Test
    void aServiceThatExitsBeforeItIsReadyFailsAtOnceWithTheEndOfItsLog() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("quarkus-run.jar"), "not a jar");
        Path log = dir.resolve("logs/broken.log");
        try (PackagedService broken = PackagedService.builder("broken", notAJar).logFile(log).start()) {
            long begin = System.nanoTime();
            assertThatThrownBy(() -> broken.awaitReady(Duration.ofMinutes(2)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("broken exited with code 1")
                    .hasMessageContaining(log.toString())
                    .hasMessageContaining("jarfile");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(60));
            assertThat(broken.isAlive()).isFalse();
            assertThat(broken.port()).isPositive();
        }
    }
}
